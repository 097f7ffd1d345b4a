namespace ItaBot.Inbox;

public static class InboxStatus
{
    public const int Pending = 0;
    public const int Done = 1;
    public const int Failed = 2;
    public const int Skipped = 3;
}
