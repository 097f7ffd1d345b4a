using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ItaBot.Reports;

namespace ItaBot.Tests.Reports;

/// <summary>
/// The results table read the way a reviewer of the ITA evidence reads it, on a measure written like seed 002's
/// first one: results the organisation numbered itself, typed one item a line, and the same outcome on every step.
/// </summary>
public sealed class MeasuresReportLayoutTests
{
    private const string Outcome = "- ลดโอกาสในการเกิดการทุจริต ไม่ก่อให้เกิดความเสียหายต่อราชการ";

    private static readonly MeasureRow Integrity = new(
        1,
        "มาตรการเสริมสร้างความซื่อสัตย์สุจริต และปลูกฝังทัศนคติวัฒนธรรมที่ดีในการต่อต้านการทุจริต",
        [
            new ActivityRow("จัดทำคู่มือหรือมาตรฐานการปฏิบัติงานของเจ้าหน้าที่", ["สำนักปลัด"], "ตุลาคม ๖๗ - มีนาคม ๖๘",
                "ดำเนินการแล้ว", 100,
                "๑. มีคู่มือหรือมาตรฐานการปฏิบัติงานของเจ้าหน้าที่\n๕. จัดทำคู่มือในการปฏิบัติงานของเจ้าหน้าที่ของแต่ละภารกิจ",
                Outcome),
            new ActivityRow("จัดโครงการส่งเสริมคุณธรรมจริยธรรมบุคลากร", ["สำนักปลัด"], "ตุลาคม ๖๗ - มีนาคม ๖๘",
                "ดำเนินการแล้ว", 100,
                "๒. จัดโครงการส่งเสริมคุณธรรมจริยธรรมบุคลากร\n๓. การประกาศเจตจำนงสุจริต ณ วันที่ ๓ มกราคม ๒๕๖๘",
                Outcome),
        ],
        []);

    [Fact]
    public void No_text_in_the_document_holds_a_line_end_that_word_would_show_as_a_space()
    {
        using var document = Open(Integrity);
        Assert.DoesNotContain(DocxText.Texts(document), t => t.Contains('\n') || t.Contains('\r'));
    }

    [Fact]
    public void Each_line_of_a_result_is_a_paragraph_of_its_own()
    {
        using var document = Open(Integrity);
        var paragraphs = DocxText.ParagraphsOf(Table(document));
        Assert.Contains(paragraphs, p => p.StartsWith("๕. จัดทำคู่มือในการปฏิบัติงานของเจ้าหน้าที่ของแต่ละภารกิจ", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("๓. การประกาศเจตจำนงสุจริต", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains('\n'));
    }

    private static WordprocessingDocument Open(params MeasureRow[] measures) =>
        DocxText.Open(MeasuresReportWriterTests.Render(ReportSamples.Measures() with { Measures = measures }));

    private static Table Table(WordprocessingDocument document) =>
        Assert.Single(document.MainDocumentPart!.Document.Body!.Elements<Table>());
}
