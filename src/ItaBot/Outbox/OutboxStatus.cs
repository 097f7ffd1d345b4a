namespace ItaBot.Outbox;

public static class OutboxStatus
{
    public const int Pending = 0;
    public const int Sent = 1;
    public const int Failed = 2;
}
