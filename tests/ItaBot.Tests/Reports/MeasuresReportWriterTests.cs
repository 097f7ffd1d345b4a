using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ItaBot.Reports;
using A = DocumentFormat.OpenXml.Drawing;

namespace ItaBot.Tests.Reports;

public sealed class MeasuresReportWriterTests
{
    private static readonly string[] ExpectedHeaders =
    [
        "มาตรการ/กิจกรรม", "ขั้นตอน/วิธีการปฏิบัติ", "หน่วยงานผู้รับผิดชอบ",
        "ระยะเวลาดำเนินการ", "สรุปผลการดำเนินการ", "ผลลัพธ์หรือความสำเร็จ",
    ];

    private readonly byte[] docx = Render(ReportSamples.Measures());

    internal static byte[] Render(MeasuresReportModel model)
    {
        using var output = new MemoryStream();
        MeasuresReportWriter.Write(model, output);
        return output.ToArray();
    }

    [Fact]
    public void The_document_is_valid_office_open_xml()
    {
        using var document = DocxText.Open(docx);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void The_title_names_the_organisation_and_the_fiscal_year_in_thai_digits()
    {
        using var document = DocxText.Open(docx);
        var paragraphs = DocxText.Paragraphs(document.MainDocumentPart!.Document.Body!);
        Assert.Contains("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", paragraphs);
        Assert.Contains("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", paragraphs);
        Assert.Contains("เทศบาลตำบลหนองหัวแรต", paragraphs);
        Assert.Contains("อำเภอหนองบุญมาก จังหวัดนครราชสีมา", paragraphs);
        Assert.Contains("ของเทศบาลตำบลหนองหัวแรต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", paragraphs);
    }

    [Fact]
    public void The_introduction_uses_the_wording_of_published_reports_and_lists_every_measure()
    {
        using var document = DocxText.Open(docx);
        var paragraphs = DocxText.Paragraphs(document.MainDocumentPart!.Document.Body!);
        var introduction = Assert.Single(paragraphs, p => p.StartsWith("ตามที่ได้ดำเนินการวิเคราะห์ผลการประเมิน ITA", StringComparison.Ordinal));
        Assert.Contains("ของเทศบาลตำบลหนองหัวแรต ปีงบประมาณ พ.ศ. ๒๕๖๘", introduction);
        Assert.EndsWith("ดังนี้", introduction);
        Assert.Contains("๑. มาตรการเสริมสร้างความซื่อสัตย์สุจริต และปลูกฝังทัศนคติวัฒนธรรมที่ดีในการต่อต้านการทุจริต", paragraphs);
        Assert.Contains("๒. มาตรการการเปิดเผยข้อมูล และกำกับดูแลการเผยแพร่ข้อมูลสาธารณะ", paragraphs);
        Assert.Contains("๓. มาตรการจัดการเรื่องร้องเรียนการทุจริต", paragraphs);
    }

    [Fact]
    public void The_table_has_the_six_headers_in_a_row_that_repeats_on_every_page()
    {
        using var document = DocxText.Open(docx);
        var header = Table(document).Elements<TableRow>().First();
        Assert.Equal(ExpectedHeaders, DocxText.CellTexts(header));
        Assert.NotNull(header.TableRowProperties?.GetFirstChild<TableHeader>());
    }

    [Fact]
    public void Each_step_has_its_own_row_with_its_units_period_and_result_beside_it()
    {
        using var document = DocxText.Open(docx);
        var measures = ResultsTable.Measures(document);
        Assert.Equal(3, measures.Count);

        var first = measures[0];
        Assert.Equal(2, first.Count);
        Assert.Equal(["๑. จัดทำคู่มือการปฏิบัติงานของเจ้าหน้าที่", "๒. ประกาศนโยบาย No Gift Policy"], ResultsTable.PerStep(first, 1));
        Assert.Equal(["สำนักปลัด", "สำนักปลัด\nงานการเจ้าหน้าที่"], ResultsTable.PerStep(first, 2));
        Assert.Equal(["ตุลาคม ๖๗ - มีนาคม ๖๘", "ตุลาคม ๖๗ - มีนาคม ๖๘"], ResultsTable.PerStep(first, 3));
        Assert.Equal(
            [
                "มีคู่มือการปฏิบัติงานครบทุกภารกิจ\n(ดำเนินการแล้วเสร็จ ความคืบหน้าร้อยละ ๑๐๐)",
                "ประกาศเผยแพร่ผ่านเว็บไซต์แล้ว\n(ดำเนินการแล้วเสร็จ ความคืบหน้าร้อยละ ๑๐๐)\nหลักฐาน: " + ReportSamples.NoGiftLink,
            ],
            ResultsTable.PerStep(first, 4));

        var second = DocxText.CellTexts(Assert.Single(measures[1]));
        Assert.Equal("กองคลัง", second[2]);
        Assert.Equal("อยู่ระหว่างดำเนินการ ความคืบหน้าร้อยละ ๖๐", second[4]);
    }

    [Fact]
    public void The_measure_and_its_outcome_are_one_cell_each_down_all_its_steps()
    {
        using var document = DocxText.Open(docx);
        var first = ResultsTable.Measures(document)[0];

        var title = Assert.Single(ResultsTable.Shown(first, 0));
        Assert.StartsWith("๑. มาตรการเสริมสร้างความซื่อสัตย์สุจริต", DocxText.Of(title));
        Assert.Equal(MergedCellValues.Restart, title.TableCellProperties?.VerticalMerge?.Val?.Value);
        Assert.Equal("- ลดโอกาสในการเกิดการทุจริต", DocxText.Of(Assert.Single(ResultsTable.Shown(first, 5))));
    }

    [Fact]
    public void An_evidence_link_is_printed_under_its_steps_result_and_opens_its_address()
    {
        using var document = DocxText.Open(docx);
        var result = ResultsTable.Shown(ResultsTable.Measures(document)[0], 4)[1];

        var link = Assert.Single(result.Descendants<Hyperlink>());
        Assert.Equal(ReportSamples.NoGiftLink, link.InnerText);
        var target = Assert.Single(document.MainDocumentPart!.HyperlinkRelationships, r => r.Id == link.Id);
        Assert.Equal(new Uri(ReportSamples.NoGiftLink), target.Uri);
        Assert.True(target.IsExternal);
        Assert.Equal("หลักฐาน: " + ReportSamples.NoGiftLink, DocxText.ParagraphsOf(result)[^1]);
    }

    [Fact]
    public void A_measure_without_activities_shows_dashes_rather_than_empty_cells()
    {
        using var document = DocxText.Open(docx);
        var third = DocxText.CellTexts(Assert.Single(ResultsTable.Measures(document)[2]));
        Assert.Equal(["-", "-", "-", "-", "-"], third.Skip(1));
    }

    [Fact]
    public void Photos_sit_in_a_full_width_row_directly_under_their_own_measure()
    {
        using var document = DocxText.Open(docx);
        var rows = Table(document).Elements<TableRow>().Skip(1).ToList();
        Assert.Equal(5, rows.Count);
        Assert.Empty(rows[0].Descendants<Drawing>());
        Assert.Empty(rows[1].Descendants<Drawing>());
        Assert.StartsWith("๒.", DocxText.CellTexts(rows[2])[0]);

        var photoRow = rows[3];
        var cell = Assert.Single(photoRow.Elements<TableCell>());
        Assert.Equal(6, cell.TableCellProperties?.GridSpan?.Val?.Value);
        Assert.Contains("ภาพประกอบมาตรการที่ ๒", DocxText.Of(cell));
        Assert.Contains("ภาพการประชุมชี้แจง", DocxText.Of(cell));

        var main = document.MainDocumentPart!;
        var embedded = photoRow.Descendants<A.Blip>().Select(b => Bytes((ImagePart)main.GetPartById(b.Embed!.Value!))).ToList();
        Assert.Equal([ReportSamples.WidePhoto, ReportSamples.SmallPhoto], embedded);
        Assert.StartsWith("๓.", DocxText.CellTexts(rows[4])[0]);
    }

    [Fact]
    public void Wide_photos_are_shrunk_to_the_table_width_and_small_ones_keep_their_size()
    {
        using var document = DocxText.Open(docx);
        var extents = Table(document).Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().ToList();
        var tableWidthEmu = PageLayout.Landscape.ContentWidth * WordImages.EmuPerTwip;

        Assert.Equal(2, extents.Count);
        Assert.All(extents, e => Assert.True(e.Cx!.Value <= tableWidthEmu));
        Assert.Equal(1600.0 / 900, (double)extents[0].Cx!.Value / extents[0].Cy!.Value, 2);
        Assert.Equal((120 * 9525L, 160 * 9525L), (extents[1].Cx!.Value, extents[1].Cy!.Value));
    }

    [Fact]
    public void The_cover_is_a4_portrait_and_the_table_section_is_a4_landscape()
    {
        using var document = DocxText.Open(docx);
        var sizes = document.MainDocumentPart!.Document.Descendants<PageSize>().ToList();
        Assert.Equal(2, sizes.Count);
        Assert.Equal((11906u, 16838u), (sizes[0].Width!.Value, sizes[0].Height!.Value));
        Assert.Equal((16838u, 11906u), (sizes[1].Width!.Value, sizes[1].Height!.Value));
        Assert.Equal(PageOrientationValues.Landscape, sizes[1].Orient!.Value);
    }

    [Fact]
    public void The_styles_set_th_sarabun_psk_for_every_script_with_a_complex_script_size()
    {
        using var document = DocxText.Open(docx);
        var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var fonts = defaults.RunFonts!;
        Assert.All(
            new[] { fonts.Ascii?.Value, fonts.HighAnsi?.Value, fonts.ComplexScript?.Value, fonts.EastAsia?.Value },
            name => Assert.Equal("TH SarabunPSK", name));
        Assert.Equal("32", defaults.FontSizeComplexScript?.Val?.Value);
    }

    [Fact]
    public void The_signature_block_names_the_head_and_dates_the_report_in_the_buddhist_era()
    {
        using var document = DocxText.Open(docx);
        var paragraphs = DocxText.Paragraphs(document.MainDocumentPart!.Document.Body!);
        var signature = paragraphs.ToList().FindIndex(p => p.StartsWith("ลงชื่อ", StringComparison.Ordinal));
        Assert.True(signature > 0);
        Assert.Equal(
            ["(นายสมชาย ใจดี)", "นายกเทศมนตรีตำบลหนองหัวแรต", "วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๘"],
            paragraphs.Skip(signature + 1).Take(3));
    }

    [Fact]
    public void A_gregorian_fiscal_year_is_shown_as_its_buddhist_year()
    {
        var model = ReportSamples.Measures() with { FiscalYear = 2025 };
        using var document = DocxText.Open(Render(model));
        Assert.Contains("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", DocxText.Paragraphs(document.MainDocumentPart!.Document.Body!));
    }

    [Fact]
    public void A_photo_of_an_unsupported_type_is_refused_with_a_thai_and_english_message()
    {
        var measures = ReportSamples.Measures();
        var bad = measures.Measures[0] with { Photos = [new EvidencePhoto([1, 2, 3], "image/heic", null)] };
        var model = measures with { Measures = [bad] };

        var error = Assert.Throws<ArgumentException>(() => Render(model));
        Assert.Contains("ไม่รองรับ", error.Message);
        Assert.Contains("unsupported content type 'image/heic'", error.Message);
    }

    private static Table Table(WordprocessingDocument document) =>
        Assert.Single(document.MainDocumentPart!.Document.Body!.Elements<Table>());

    private static byte[] Bytes(ImagePart part)
    {
        using var stream = part.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
