using System.Globalization;
using ItaBot.Calendar;
using ItaBot.Storage.Entities;

namespace ItaBot.Reports.Data;

/// <summary>The wording of an activity's period and status in the report, as the seeds write them.</summary>
public static class ActivityTexts
{
    public const string AllYear = "ตลอดปีงบประมาณ";

    private static readonly Dictionary<string, string> Statuses = new()
    {
        ["not_started"] = "ยังไม่ดำเนินการ",
        ["in_progress"] = "อยู่ระหว่างดำเนินการ",
        ["overdue"] = "เกินกำหนด",
        ["done"] = "ดำเนินการแล้ว",
    };

    /// <summary>The organisation's own wording first, then "ตลอดปีงบประมาณ", then the dates in Thai digits.</summary>
    public static string Period(MeasureActivity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.PeriodText)) return activity.PeriodText.Trim();
        if (activity.AllYear) return AllYear;
        var (from, to) = (ParseDate(activity.PeriodFrom), ParseDate(activity.PeriodTo));
        return (from, to) switch
        {
            ({ } f, { } t) => $"{Long(f)} - {Long(t)}",
            ({ } f, null) => $"ตั้งแต่ {Long(f)}",
            (null, { } t) => $"ภายใน {Long(t)}",
            _ => "",
        };
    }

    public static string Status(string status) => Statuses.TryGetValue(status, out var text) ? text : status;

    private static string Long(DateOnly date) => ThaiDates.FormatLong(date, thaiDigits: true);

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
