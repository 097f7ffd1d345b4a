namespace ItaBot.Configuration;

/// <summary>Timelines of the complaint measure; seed 002 uses 1 working day, 7 days and 7 days, other agencies 15.</summary>
public sealed class ComplaintOptions
{
    public const string Section = "Complaints";
    public int PreliminaryReviewWorkingDays { get; set; } = 1;
    public int CommitteeDays { get; set; } = 7;
    public int NotifyResultDays { get; set; } = 7;
    /// <summary>What the citizen is told to expect for a final result, in working days from receipt.</summary>
    public int ExpectedResultWorkingDays { get; set; } = 15;
    public string HolidayFile { get; set; } = "";
}
