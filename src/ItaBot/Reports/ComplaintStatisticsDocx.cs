using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static ItaBot.Reports.ComplaintStatisticsText;

namespace ItaBot.Reports;

internal static class ComplaintStatisticsDocx
{
    public const string PrivacyNote =
        "หมายเหตุ: รายงานนี้แสดงเฉพาะจำนวนเชิงสถิติ ไม่มีข้อมูลส่วนบุคคลของผู้ร้องเรียนหรือผู้แสดงความคิดเห็น";

    public static void Write(ComplaintStatisticsModel model, Stream output)
    {
        var width = PageLayout.Portrait.ContentWidth;
        WordDocumentWriter.Write(output, (body, _) =>
        {
            body.Append(Heading(model));
            body.Append(Section("๑. สรุปผลการดำเนินการ"));
            body.Append(SummaryTable(model, width));
            body.Append(WordParagraphs.Styled(WordStyles.Body, ThaiText.Digits(SatisfactionNote)));
            body.Append(Section("๒. จำนวนเรื่องรายเดือน"));
            body.Append(MonthlyTable(model, width));
            body.Append(Section("๓. เรื่องร้องเรียนจำแนกตามขั้นตอนการดำเนินการ"));
            body.Append(StageTable(model, width));
            body.Append(Section("๔. ความคิดเห็นและข้อเสนอแนะจำแนกตามหมวด"));
            body.Append(FeedbackTable(model, width));
            body.Append(WordParagraphs.Empty());
            body.Append(WordParagraphs.Styled(WordStyles.Body, PrivacyNote));
            body.Append(PageLayout.Portrait.ToSectionProperties());
        });
    }

    private static IEnumerable<OpenXmlElement> Heading(ComplaintStatisticsModel model) =>
    [
        WordParagraphs.Styled(WordStyles.Title, Title),
        WordParagraphs.Styled(WordStyles.Heading, model.Org.Name),
        WordParagraphs.Styled(WordStyles.Heading, $"{ThaiText.District(model.Org.District)} {ThaiText.Province(model.Org.Province)}"),
        WordParagraphs.Styled(WordStyles.Heading, YearLine(model)),
        WordParagraphs.Styled(WordStyles.Heading, DateRange(model)),
        WordParagraphs.Styled(WordStyles.Heading, DataUntilLine(model)),
    ];

    private static IEnumerable<OpenXmlElement> Section(string text) =>
        [WordParagraphs.Empty(), WordParagraphs.Bold(WordStyles.Body, text)];

    private static Table SummaryTable(ComplaintStatisticsModel model, int width)
    {
        var widths = WordTables.Split(width, 0.38, 0.42, 0.20);
        var lines = Summary(model);

        // The section is named once, on the first line of its group, as a person would lay it out.
        var rows = lines.Select((line, i) => WordTables.FigureRow(
            widths,
            2,
            i > 0 && lines[i - 1].Section == line.Section ? "" : line.Section,
            line.Item,
            Figure(line.Value)));
        return WordTables.Create(widths, ["หัวข้อ", "รายการ", "จำนวน"], rows);
    }

    private static string Figure(object? value) => value switch
    {
        int number => ThaiText.Number(number),
        double average => ThaiText.Decimal(average, 2),
        DateOnly day => ThaiText.Date(day),
        string text => ThaiText.Digits(text),
        _ => "-",
    };

    private static Table MonthlyTable(ComplaintStatisticsModel model, int width)
    {
        var widths = WordTables.Split(width, 0.4, 0.3, 0.3);
        var months = model.ByMonth.OrderBy(m => ThaiText.BuddhistYear(m.Year)).ThenBy(m => m.Month).ToList();
        var rows = months
            .Select(m => WordTables.FigureRow(widths, 1, Digits(MonthLabel(m)), ThaiText.Number(m.Complaints), ThaiText.Number(m.Feedback)))
            .Append(WordTables.FigureRow(widths, 1, "รวม", ThaiText.Number(months.Sum(m => m.Complaints)), ThaiText.Number(months.Sum(m => m.Feedback))));
        return WordTables.Create(widths, ["เดือน", "เรื่องร้องเรียน", "ความคิดเห็น"], rows);
    }

    private static Table StageTable(ComplaintStatisticsModel model, int width)
    {
        var widths = WordTables.Split(width, 0.7, 0.3);
        var rows = model.ByStage.Select(s => WordTables.FigureRow(widths, 1, s.Stage, ThaiText.Number(s.Count)));
        return WordTables.Create(widths, ["ขั้นตอน", "จำนวนเรื่อง"], rows);
    }

    private static Table FeedbackTable(ComplaintStatisticsModel model, int width)
    {
        var widths = WordTables.Split(width, 0.4, 0.2, 0.2, 0.2);
        var rows = model.Feedback.Select(f => WordTables.FigureRow(
            widths, 1, f.Category, ThaiText.Number(f.Received), ThaiText.Number(f.Answered), ThaiText.Number(f.Handled)));
        return WordTables.Create(widths, FeedbackHeaders, rows);
    }

    private static string Digits(string text) => ThaiText.Digits(text);
}
