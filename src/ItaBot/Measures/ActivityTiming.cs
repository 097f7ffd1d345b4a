using System.Globalization;
using ItaBot.Measures.Import;
using ItaBot.Storage.Entities;

namespace ItaBot.Measures;

/// <summary>
/// When an activity is meant to be finished, and whether it is overdue. Overdue (ล่าช้า) is never stored: it follows
/// from the period and today's date in Bangkok, so it appears the morning after the period ends and goes away when
/// the activity is marked done.
/// </summary>
public static class ActivityTiming
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The last day of the period; all-year activities, and those whose plan names no period, run to 30 September.</summary>
    public static DateOnly EndOf(MeasureActivity activity, int fiscalYear) =>
        ParseDate(activity.PeriodTo) ?? FiscalYear.LastDay(fiscalYear);

    public static bool IsOverdue(MeasureActivity activity, int fiscalYear, DateOnly today) =>
        activity.Status != ActivityStatuses.Done && today > EndOf(activity, fiscalYear);

    /// <summary>The stored status, or <see cref="ActivityStates.Overdue"/> when the period has passed unfinished.</summary>
    public static string StateOf(MeasureActivity activity, int fiscalYear, DateOnly today) =>
        IsOverdue(activity, fiscalYear, today) ? ActivityStates.Overdue : activity.Status;

    public static string? FormatDate(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
