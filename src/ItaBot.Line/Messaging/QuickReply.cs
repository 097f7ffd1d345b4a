namespace ItaBot.Line.Messaging;

public sealed class QuickReply
{
    public List<QuickReplyItem> Items { get; init; } = [];
}
