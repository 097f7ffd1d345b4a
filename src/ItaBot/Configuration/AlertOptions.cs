namespace ItaBot.Configuration;

public sealed class AlertOptions
{
    public const string Section = "Alerts";
    public string DigestTime { get; set; } = "08:30";
    /// <summary>Alerts produced inside quiet hours wait until they end; they are never dropped.</summary>
    public string QuietFrom { get; set; } = "21:00";
    public string QuietUntil { get; set; } = "07:00";
    public int CheckIntervalSeconds { get; set; } = 60;
}
