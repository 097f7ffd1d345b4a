namespace ItaBot.Staff.RichMenu;

public static class RichMenuLinkStatus
{
    public const string Pending = "pending";
    public const string Done = "done";
    public const string Failed = "failed";
    /// <summary>A newer request for the same person took its place before it was done.</summary>
    public const string Superseded = "superseded";
}
