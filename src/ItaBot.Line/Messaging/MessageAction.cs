namespace ItaBot.Line.Messaging;

public sealed class MessageAction(string? label, string text) : LineAction(label)
{
    public string Text { get; } = text;
}
