using System.Globalization;
using ItaBot.Calendar;

namespace ItaBot.Reports.Data;

/// <summary>
/// The end of which Bangkok day complaint statistics are counted to: the one rule /stats, the report verb and the
/// report desk in chat all follow, so the same period shows the same figures wherever it is read. Only finished days
/// count, so no figure can date today's complaint to the minute. A finished period counts to its own last day, so its
/// report made again months later (as ITA evidence is) gives the same figures; a period still running counts to the
/// end of yesterday, and the document says so.
/// </summary>
public sealed record StatisticsCutoff(ReportPeriod Period, DateOnly DataUntil)
{
    /// <summary>The first instant not counted: the Bangkok midnight that ends <see cref="DataUntil"/>.</summary>
    public DateTimeOffset Instant => BangkokTime.At(DataUntil.AddDays(1), TimeOnly.MinValue);

    public static StatisticsCutoff Default(ReportPeriod period, DateOnly today)
    {
        var yesterday = today.AddDays(-1);
        return new StatisticsCutoff(period, period.To < yesterday ? period.To : yesterday);
    }

    /// <summary>
    /// A day someone asked for (the CLI's --as-of). It may lie after the period, which then shows where the period's
    /// complaints stood on that day.
    /// </summary>
    public static StatisticsCutoff AsOf(ReportPeriod period, DateOnly today, DateOnly day) =>
        Refusal(period, today, day) is { } why ? throw new ArgumentException(why, nameof(day)) : new StatisticsCutoff(period, day);

    /// <summary>Why <paramref name="day"/> cannot be counted to, or null when it can.</summary>
    public static string? Refusal(ReportPeriod period, DateOnly today, DateOnly day) =>
        day >= today ? $"{Iso(day)} is not over yet: only days before today (Bangkok) can be counted"
        : day < period.From ? $"{Iso(day)} is before the period begins ({Iso(period.From)})"
        : null;

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
