using ItaBot.Calendar;

namespace ItaBot.Reports.Data;

/// <summary>
/// A fiscal year or one of its halves, as Bangkok calendar days. Half 1 is 1 Oct–31 Mar, half 2 is 1 Apr–30 Sep.
/// Rows are compared by the instant they were received against Bangkok midnights, so a complaint sent at 01:00 on
/// 1 October Bangkok time belongs to the new year even though UTC still says September.
/// </summary>
public sealed record ReportPeriod(int FiscalYear, int? Half, DateOnly From, DateOnly To)
{
    public static ReportPeriod Of(int fiscalYear, int? half)
    {
        var (from, to) = half is null ? ThaiDates.FiscalYearRange(fiscalYear) : ThaiDates.HalfRange(fiscalYear, half.Value);
        return new ReportPeriod(fiscalYear, half, from, to);
    }

    /// <summary>The first millisecond of the period (Unix ms).</summary>
    public long StartMs => MidnightMs(From);

    /// <summary>The first millisecond after the period (Unix ms), so a range is StartMs &lt;= t &lt; EndMs.</summary>
    public long EndMs => MidnightMs(To.AddDays(1));

    /// <summary>The calendar months the period covers, in order: October to September for a whole year.</summary>
    public IReadOnlyList<(int Year, int Month)> Months()
    {
        var months = new List<(int, int)>();
        for (var day = new DateOnly(From.Year, From.Month, 1); day <= To; day = day.AddMonths(1))
            months.Add((day.Year, day.Month));
        return months;
    }

    private static long MidnightMs(DateOnly day) => BangkokTime.At(day, TimeOnly.MinValue).ToUnixTimeMilliseconds();
}
