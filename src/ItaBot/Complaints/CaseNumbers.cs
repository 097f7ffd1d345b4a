using ItaBot.Calendar;

namespace ItaBot.Complaints;

/// <summary>Each series restarts every Thai fiscal year (1 October), numbered in the Buddhist era.</summary>
public static class CaseNumbers
{
    public const string ComplaintPrefix = "ทจ";
    public const string FeedbackPrefix = "คห";

    public static int FiscalYearOf(DateTimeOffset at) => ThaiDates.FiscalYear(BangkokTime.DateOf(at));

    public static string Series(string prefix, int fiscalYear) => prefix + ":" + fiscalYear;

    public static string Format(string prefix, int fiscalYear, int sequence) => $"{prefix}-{fiscalYear}-{sequence:0000}";
}
