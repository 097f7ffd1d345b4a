namespace ItaBot.Configuration;

public sealed class InboxOptions
{
    public const string Section = "Inbox";
    /// <summary>Off only to measure the webhook path alone (bench); events then wait in the inbox, safely stored.</summary>
    public bool Process { get; set; } = true;
}
