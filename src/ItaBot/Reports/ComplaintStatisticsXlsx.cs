using static ItaBot.Reports.ComplaintStatisticsText;

namespace ItaBot.Reports;

internal static class ComplaintStatisticsXlsx
{
    public const string SummarySheet = "สรุป";
    public const string MonthlySheet = "รายเดือน";
    public const string StageSheet = "ขั้นตอน";
    public const string FeedbackSheet = "ความคิดเห็น";

    public static void Write(ComplaintStatisticsModel model, Stream output)
    {
        using var builder = new SpreadsheetBuilder();
        builder.AddSheet(SummarySheet, [34, 34, 26], SummaryRows(model));
        builder.AddSheet(MonthlySheet, [12, 10, 16, 16, 16], MonthlyRows(model));
        builder.AddSheet(StageSheet, [40, 14], StageRows(model));
        builder.AddSheet(FeedbackSheet, [34, 12, 14, 14], FeedbackRows(model));
        builder.SaveTo(output);
    }

    private static IEnumerable<SheetRow> SummaryRows(ComplaintStatisticsModel model) =>
    [
        new([Title], Bold: true),
        SheetRow.Of(model.Org.Name),
        SheetRow.Of(YearLine(model)),
        SheetRow.Of(DateRange(model)),
        SheetRow.Of(DataUntilLine(model)),
        SheetRow.Of(),
        SheetRow.Header("หัวข้อ", "รายการ", "จำนวน"),
        .. Summary(model).Select(line => SheetRow.Of(line.Section, line.Item, Cell(line.Value))),
        SheetRow.Of(),
        SheetRow.Of(SatisfactionNote),
    ];

    // A date is written as the document prints it; a spreadsheet date would show in whatever calendar Excel is set to.
    private static object? Cell(object? value) => value is DateOnly day ? ThaiText.Date(day) : value;

    private static IEnumerable<SheetRow> MonthlyRows(ComplaintStatisticsModel model) =>
    [
        SheetRow.Header("ปี (พ.ศ.)", "เดือนที่", "เดือน", "เรื่องร้องเรียน", "ความคิดเห็น"),
        .. model.ByMonth
            .OrderBy(m => ThaiText.BuddhistYear(m.Year)).ThenBy(m => m.Month)
            .Select(m => SheetRow.Of(ThaiText.BuddhistYear(m.Year), m.Month, ThaiText.MonthName(m.Month), m.Complaints, m.Feedback)),
    ];

    private static IEnumerable<SheetRow> StageRows(ComplaintStatisticsModel model) =>
    [
        SheetRow.Header("ขั้นตอน", "จำนวนเรื่อง"),
        .. model.ByStage.Select(s => SheetRow.Of(s.Stage, s.Count)),
    ];

    private static IEnumerable<SheetRow> FeedbackRows(ComplaintStatisticsModel model) =>
    [
        SheetRow.Header([.. FeedbackHeaders]),
        .. model.Feedback.Select(f => SheetRow.Of(f.Category, f.Received, f.Answered, f.Handled)),
    ];
}
