using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ItaBot.Reports;

namespace ItaBot.Tests.Reports;

/// <summary>
/// The results table read the way a reviewer of the ITA evidence reads it, on a measure written like seed 002's
/// first one: results the organisation numbered itself, typed one item a line, and the same outcome on every step.
/// </summary>
public sealed partial class MeasuresReportLayoutTests
{
    private const string Outcome = "- ลดโอกาสในการเกิดการทุจริต ไม่ก่อให้เกิดความเสียหายต่อราชการ";

    private static readonly MeasureRow Integrity = new(
        1,
        "มาตรการเสริมสร้างความซื่อสัตย์สุจริต และปลูกฝังทัศนคติวัฒนธรรมที่ดีในการต่อต้านการทุจริต",
        [
            new ActivityRow("จัดทำคู่มือหรือมาตรฐานการปฏิบัติงานของเจ้าหน้าที่", ["สำนักปลัด"], "ตุลาคม ๖๗ - มีนาคม ๖๘",
                "ดำเนินการแล้ว", 100,
                "๑. มีคู่มือหรือมาตรฐานการปฏิบัติงานของเจ้าหน้าที่\n๕. จัดทำคู่มือในการปฏิบัติงานของเจ้าหน้าที่ของแต่ละภารกิจ",
                Outcome, []),
            new ActivityRow("จัดโครงการส่งเสริมคุณธรรมจริยธรรมบุคลากร", ["สำนักปลัด"], "ตุลาคม ๖๗ - มีนาคม ๖๘",
                "ดำเนินการแล้ว", 100,
                "๒. จัดโครงการส่งเสริมคุณธรรมจริยธรรมบุคลากร\n๓. การประกาศเจตจำนงสุจริต ณ วันที่ ๓ มกราคม ๒๕๖๘",
                Outcome, []),
        ],
        []);

    // Steps whose periods differ, as a plan made in chat over the year may have them.
    private static readonly MeasureRow Complaints = new(
        2,
        "มาตรการจัดการเรื่องร้องเรียนการทุจริต",
        [
            new ActivityRow("ปรับปรุงช่องทางการร้องเรียนการทุจริต", ["งานนิติการ"], "ตุลาคม ๖๗ - มีนาคม ๖๘", "ดำเนินการแล้ว", 100, null, null, []),
            new ActivityRow("รายงานผลการจัดการเรื่องร้องเรียน", ["งานนิติการ"], "ตลอดปีงบประมาณ", "อยู่ระหว่างดำเนินการ", 50, null, null, []),
            new ActivityRow("ติดตามประเมินผล", ["งานนิติการ"], "ตลอดปีงบประมาณ", "ยังไม่ดำเนินการ", 0, null, null, []),
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

    [Fact]
    public void A_result_the_organisation_numbered_itself_is_not_numbered_again()
    {
        using var document = Open(Integrity);
        var paragraphs = DocxText.ParagraphsOf(Table(document));
        Assert.Contains("๑. มีคู่มือหรือมาตรฐานการปฏิบัติงานของเจ้าหน้าที่", paragraphs);
        Assert.Contains("๒. จัดโครงการส่งเสริมคุณธรรมจริยธรรมบุคลากร", paragraphs);
        Assert.DoesNotContain(paragraphs, p => NumberedTwice().IsMatch(p));
    }

    [Fact]
    public void The_outcome_repeated_on_every_step_is_shown_once_for_the_measure()
    {
        using var document = Open(Integrity);
        var paragraphs = DocxText.ParagraphsOf(Table(document));
        Assert.Single(paragraphs, p => p.Contains("ลดโอกาสในการเกิดการทุจริต", StringComparison.Ordinal));
        Assert.Single(ResultsTable.Shown(Assert.Single(ResultsTable.Measures(document)), 5));
    }

    [Fact]
    public void An_outcome_the_organisation_began_with_a_dash_gets_no_second_dash()
    {
        using var document = Open(Integrity);
        var outcome = Assert.Single(ResultsTable.Shown(Assert.Single(ResultsTable.Measures(document)), 5));
        Assert.Equal([Outcome], DocxText.ParagraphsOf(outcome));
    }

    [Fact]
    public void A_step_or_measure_the_organisation_numbered_itself_is_not_numbered_again()
    {
        var numbered = Integrity with
        {
            Title = "๑. " + Integrity.Title,
            Activities = [Integrity.Activities[0] with { Title = "๑. จัดทำคู่มือ" }, Integrity.Activities[1]],
        };
        using var document = Open(numbered);
        var steps = Assert.Single(ResultsTable.Measures(document));
        Assert.Equal("๑. " + Integrity.Title, DocxText.Of(Assert.Single(ResultsTable.Shown(steps, 0))));
        Assert.Equal(["๑. จัดทำคู่มือ", "๒. จัดโครงการส่งเสริมคุณธรรมจริยธรรมบุคลากร"], ResultsTable.PerStep(steps, 1));
        Assert.DoesNotContain(DocxText.Paragraphs(document.MainDocumentPart!.Document.Body!), p => NumberedTwice().IsMatch(p));
    }

    [Fact]
    public void Each_step_shows_its_own_period_when_the_periods_of_the_steps_differ()
    {
        using var document = Open(Complaints);
        var steps = Assert.Single(ResultsTable.Measures(document));
        Assert.Equal(3, steps.Count);
        Assert.Equal(["ตุลาคม ๖๗ - มีนาคม ๖๘", "ตลอดปีงบประมาณ", "ตลอดปีงบประมาณ"], ResultsTable.PerStep(steps, 3));
        Assert.Equal(
            ["๑. ปรับปรุงช่องทางการร้องเรียนการทุจริต", "๒. รายงานผลการจัดการเรื่องร้องเรียน", "๓. ติดตามประเมินผล"],
            ResultsTable.PerStep(steps, 1));
    }

    [Fact]
    public void Steps_next_to_each_other_with_the_same_period_share_one_period_cell_as_the_seeds_print_it()
    {
        using var document = Open(Integrity, Complaints);
        var measures = ResultsTable.Measures(document);
        Assert.Equal(["ตุลาคม ๖๗ - มีนาคม ๖๘"], ResultsTable.Shown(measures[0], 3).Select(DocxText.Of));
        Assert.Equal(["ตุลาคม ๖๗ - มีนาคม ๖๘", "ตลอดปีงบประมาณ"], ResultsTable.Shown(measures[1], 3).Select(DocxText.Of));
    }

    [Fact]
    public void Every_evidence_link_of_a_step_is_listed_and_only_web_addresses_are_made_clickable()
    {
        var step = Integrity.Activities[1] with { Links = ["https://www.nonghuaratcity.go.th", "javascript:alert(1)"] };
        using var document = Open(Integrity with { Activities = [Integrity.Activities[0], step] });
        var result = ResultsTable.Shown(Assert.Single(ResultsTable.Measures(document)), 4)[1];

        Assert.Equal(
            ["หลักฐาน: https://www.nonghuaratcity.go.th", "หลักฐาน: javascript:alert(1)"],
            DocxText.ParagraphsOf(result).TakeLast(2));
        var link = Assert.Single(result.Descendants<Hyperlink>());
        Assert.Equal("https://www.nonghuaratcity.go.th", link.InnerText);
        Assert.Single(document.MainDocumentPart!.HyperlinkRelationships);
    }

    // "๑. ๑. มีคู่มือ" or "๓. ๖. ให้แต่ละกองงาน": a number put in front of one the organisation wrote.
    [GeneratedRegex(@"^\s*[0-9๐-๙]+[.)]\s*[0-9๐-๙]+[.)]")]
    private static partial Regex NumberedTwice();

    private static WordprocessingDocument Open(params MeasureRow[] measures) =>
        DocxText.Open(MeasuresReportWriterTests.Render(ReportSamples.Measures() with { Measures = measures }));

    private static Table Table(WordprocessingDocument document) => ResultsTable.Of(document);
}
