using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ItaBot.Reports;

/// <summary>
/// Writes the annual report on the ITA integrity and transparency measures as DOCX, laid out like
/// the reports municipalities publish: a cover, the introduction and list of measures on portrait
/// pages, then the results table on landscape pages, followed by the head's signature block.
/// </summary>
public static class MeasuresReportWriter
{
    public const string Title = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส";

    public static void Write(MeasuresReportModel model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(model);
        WordDocumentWriter.Write(output, (body, main) =>
        {
            body.Append(Cover(model));
            body.Append(WordParagraphs.PageBreak());
            body.Append(Introduction(model));
            body.Append(WordParagraphs.SectionEnd(PageLayout.Portrait));
            body.Append(new MeasuresTable(new WordImages(main), new WordLinks(main), PageLayout.Landscape).Build(model.Measures));
            body.Append(SignatureBlock(model));
            body.Append(PageLayout.Landscape.ToSectionProperties());
        });
    }

    private static string YearLine(MeasuresReportModel model) =>
        $"ประจำปีงบประมาณ พ.ศ. {ThaiText.YearDigits(model.FiscalYear)}";

    private static IEnumerable<OpenXmlElement> Cover(MeasuresReportModel model)
    {
        for (var i = 0; i < 6; i++)
        {
            yield return WordParagraphs.Empty(WordStyles.Title);
        }

        yield return WordParagraphs.Styled(WordStyles.Title, Title);
        yield return WordParagraphs.Styled(WordStyles.Title, YearLine(model));
        yield return WordParagraphs.Empty(WordStyles.Title);
        yield return WordParagraphs.Styled(WordStyles.Title, model.Org.Name);
        yield return WordParagraphs.Styled(
            WordStyles.Heading,
            $"{ThaiText.District(model.Org.District)} {ThaiText.Province(model.Org.Province)}");
    }

    private static IEnumerable<OpenXmlElement> Introduction(MeasuresReportModel model)
    {
        var org = model.Org.Name;
        var year = ThaiText.YearDigits(model.FiscalYear);
        yield return WordParagraphs.Styled(WordStyles.Heading, Title);
        yield return WordParagraphs.Styled(WordStyles.Heading, $"ของ{org} {YearLine(model)}");
        yield return WordParagraphs.Empty();
        yield return WordParagraphs.Styled(
            WordStyles.Body,
            $"ตามที่ได้ดำเนินการวิเคราะห์ผลการประเมิน ITA ของ{org} ปีงบประมาณ พ.ศ. {year} "
            + "และได้กำหนดมาตรการ/แนวทางในการส่งเสริมคุณธรรมและความโปร่งใสขององค์กรปกครองส่วนท้องถิ่น "
            + $"ในปีงบประมาณ พ.ศ. {year} โดยได้มีการดำเนินการขับเคลื่อนมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
            + $"ขององค์กรปกครองส่วนท้องถิ่น ประจำปีงบประมาณ พ.ศ. {year} ดังนี้");
        yield return WordParagraphs.Empty();
        foreach (var measure in model.Measures.OrderBy(m => m.Number))
        {
            yield return WordParagraphs.Styled(WordStyles.ListItem, ListMarker.Numbered(measure.Number, measure.Title));
        }
    }

    private static IEnumerable<OpenXmlElement> SignatureBlock(MeasuresReportModel model)
    {
        yield return WordParagraphs.Empty();
        yield return WordParagraphs.Empty();
        yield return WordParagraphs.Styled(WordStyles.Signature, "ลงชื่อ ..................................................");
        yield return WordParagraphs.Styled(WordStyles.Signature, $"({model.Org.HeadName})");
        yield return WordParagraphs.Styled(WordStyles.Signature, model.Org.HeadTitle);
        yield return WordParagraphs.Styled(WordStyles.Signature, $"วันที่ {ThaiText.Date(model.GeneratedOn, withEra: true)}");
    }
}
