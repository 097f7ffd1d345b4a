namespace ItaBot.Inbox;

public sealed class InboxSignal
{
    public WorkSignal Signal { get; } = new();
}
