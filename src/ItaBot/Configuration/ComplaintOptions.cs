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
    /// <summary>
    /// Calendar days from telling the complainant the result to closing the case, which is what asks a named
    /// complainant the satisfaction question. The seeds stop at telling the result, so this is the office's own rule.
    /// </summary>
    public int CloseAfterResultDays { get; set; } = 7;

    /// <summary>One line per period that is not a positive number of days, naming its key; none when all are usable.</summary>
    public IEnumerable<string> Problems()
    {
        (string Key, int Days)[] periods =
        [
            (nameof(PreliminaryReviewWorkingDays), PreliminaryReviewWorkingDays),
            (nameof(CommitteeDays), CommitteeDays),
            (nameof(NotifyResultDays), NotifyResultDays),
            (nameof(ExpectedResultWorkingDays), ExpectedResultWorkingDays),
            (nameof(CloseAfterResultDays), CloseAfterResultDays),
        ];
        return periods.Where(p => p.Days < 1).Select(p => $"{Section}:{p.Key} must be at least 1 day, not {p.Days}");
    }
}
