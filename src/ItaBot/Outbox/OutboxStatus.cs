namespace ItaBot.Outbox;

public static class OutboxStatus
{
    public const int Pending = 0;
    public const int Sent = 1;
    public const int Failed = 2;
    /// <summary>Not sent and never retried: an alert whose recipient is no longer staff with a role it is for.</summary>
    public const int Withdrawn = 3;
}
