namespace ItaBot.Staff.ReportsDesk;

public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>Where reports asked for in chat are written until their link expires.</summary>
    public string Directory { get; set; } = "data/reports";

    /// <summary>How long a download link sent in chat works.</summary>
    public int LinkMinutes { get; set; } = 15;

    public TimeSpan LinkLifetime => TimeSpan.FromMinutes(Math.Clamp(LinkMinutes, 1, 24 * 60));
}
