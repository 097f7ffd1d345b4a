namespace ItaBot.Alerts;

/// <summary>Alerts:Scheduler; switched off only where something else drives the rounds (tests, a one-off CLI run).</summary>
public sealed class AlertScheduleOptions
{
    public const string Section = "Alerts:Scheduler";
    public bool Enabled { get; set; } = true;
}
