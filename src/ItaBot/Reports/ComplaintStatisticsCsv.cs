using System.Globalization;
using static ItaBot.Reports.ComplaintStatisticsText;

namespace ItaBot.Reports;

/// <summary>The statistics as one long table of section, item, value, easy to pivot in any spreadsheet.</summary>
internal static class ComplaintStatisticsCsv
{
    public const string ReportSection = "รายงาน";

    /// <summary>The last Bangkok day counted, to its end (24.00).</summary>
    public const string DataUntilItem = "นับข้อมูลถึงสิ้นวันที่";

    public const string SatisfactionNoteItem = "หมายเหตุความพึงพอใจ";

    public static void Write(ComplaintStatisticsModel model, Stream output)
    {
        var table = new CsvTable();
        table.AddRow("section", "item", "value");
        AddReportRows(table, model);
        foreach (var line in Summary(model))
        {
            table.AddRow(line.Section, line.Item, Field(line.Value));
        }

        AddMonthRows(table, model);
        foreach (var stage in model.ByStage)
        {
            table.AddRow(StageSection, stage.Stage, Number(stage.Count));
        }

        AddFeedbackRows(table, model);
        table.SaveTo(output);
    }

    private static void AddReportRows(CsvTable table, ComplaintStatisticsModel model)
    {
        table.AddRow(ReportSection, "ชื่อรายงาน", Title);
        table.AddRow(ReportSection, "หน่วยงาน", model.Org.Name);
        table.AddRow(ReportSection, "ปีงบประมาณ (พ.ศ.)", Number(ThaiText.BuddhistYear(model.FiscalYear)));
        table.AddRow(ReportSection, "ช่วงเวลา", PeriodName(model.Half));
        table.AddRow(ReportSection, "ตั้งแต่วันที่", model.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        table.AddRow(ReportSection, "ถึงวันที่", model.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        table.AddRow(ReportSection, DataUntilItem, model.DataUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        table.AddRow(ReportSection, SatisfactionNoteItem, SatisfactionNote);
    }

    private static void AddMonthRows(CsvTable table, ComplaintStatisticsModel model)
    {
        foreach (var month in model.ByMonth.OrderBy(m => ThaiText.BuddhistYear(m.Year)).ThenBy(m => m.Month))
        {
            var label = MonthLabel(month);
            table.AddRow(MonthlySection, $"{label}: เรื่องร้องเรียน", Number(month.Complaints));
            table.AddRow(MonthlySection, $"{label}: ความคิดเห็น", Number(month.Feedback));
        }
    }

    private static void AddFeedbackRows(CsvTable table, ComplaintStatisticsModel model)
    {
        foreach (var row in model.Feedback)
        {
            table.AddRow(FeedbackSection, $"{row.Category}: {FeedbackHeaders[1]}", Number(row.Received));
            table.AddRow(FeedbackSection, $"{row.Category}: {FeedbackHeaders[2]}", Number(row.Answered));
            table.AddRow(FeedbackSection, $"{row.Category}: {FeedbackHeaders[3]}", Number(row.Handled));
        }
    }

    // Invariant culture so a Thai or European server never writes a decimal comma into a CSV field.
    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Field(object? value) => value switch
    {
        int number => Number(number),
        double average when double.IsFinite(average) => Math.Round(average, 2).ToString("0.##", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string text => text,
        _ => "",
    };
}
