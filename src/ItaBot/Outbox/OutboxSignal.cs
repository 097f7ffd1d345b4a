using ItaBot.Inbox;

namespace ItaBot.Outbox;

public sealed class OutboxSignal
{
    public WorkSignal Signal { get; } = new();
}
