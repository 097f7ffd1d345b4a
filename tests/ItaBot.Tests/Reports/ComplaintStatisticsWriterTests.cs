using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ItaBot.Reports;

namespace ItaBot.Tests.Reports;

public sealed class ComplaintStatisticsWriterTests
{
    private readonly ComplaintStatisticsModel model = ReportSamples.Statistics();

    [Fact]
    public void The_docx_title_names_the_half_year_and_its_dates_in_thai_digits()
    {
        using var document = DocxText.Open(Render(ComplaintStatisticsWriter.WriteDocx));
        var paragraphs = DocxText.Paragraphs(document.MainDocumentPart!.Document.Body!);
        Assert.Equal("สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", paragraphs[0]);
        Assert.Contains("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ครึ่งปีแรก)", paragraphs);
        Assert.Contains("ระหว่างวันที่ ๑ ตุลาคม ๒๕๖๗ ถึงวันที่ ๓๑ มีนาคม ๒๕๖๘", paragraphs);
    }

    [Theory]
    [InlineData("2025-03-31", "นับข้อมูลถึงวันที่ ๓๑ มีนาคม ๒๕๖๘ เวลา ๒๔.๐๐ น.")]
    [InlineData("2025-01-14", "นับข้อมูลถึงวันที่ ๑๔ มกราคม ๒๕๖๘ เวลา ๒๔.๐๐ น. (ยังไม่ครบทั้งช่วงเวลาของรายงาน)")]
    [InlineData("2025-06-30", "นับข้อมูลถึงวันที่ ๓๐ มิถุนายน ๒๕๖๘ เวลา ๒๔.๐๐ น. (เรื่องที่ได้รับในช่วงเวลาข้างต้น แสดงสถานะ ณ วันดังกล่าว)")]
    [InlineData("2024-09-30", "ช่วงเวลาของรายงานยังไม่ครบหนึ่งวัน จึงยังไม่มีข้อมูล")]
    public void The_docx_says_to_which_day_and_hour_it_counts_and_whether_that_covers_the_whole_period(string dataUntil, string expected)
    {
        using var output = new MemoryStream();
        ComplaintStatisticsWriter.WriteDocx(model with { DataUntil = DateOnly.Parse(dataUntil, CultureInfo.InvariantCulture) }, output);
        using var document = DocxText.Open(output.ToArray());
        var paragraphs = DocxText.Paragraphs(document.MainDocumentPart!.Document.Body!).ToList();
        Assert.Equal(expected, paragraphs[paragraphs.IndexOf("ระหว่างวันที่ ๑ ตุลาคม ๒๕๖๗ ถึงวันที่ ๓๑ มีนาคม ๒๕๖๘") + 1]);
    }

    [Theory]
    [InlineData(null, "(ทั้งปี)")]
    [InlineData(2, "(ครึ่งปีหลัง)")]
    public void The_period_wording_follows_the_half(int? half, string expected)
    {
        using var output = new MemoryStream();
        ComplaintStatisticsWriter.WriteDocx(ReportSamples.Statistics(half), output);
        using var document = DocxText.Open(output.ToArray());
        Assert.Contains(DocxText.Paragraphs(document.MainDocumentPart!.Document.Body!), p => p.EndsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void The_docx_is_valid_a4_portrait_with_a_table_per_section()
    {
        using var document = DocxText.Open(Render(ComplaintStatisticsWriter.WriteDocx));
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var size = Assert.Single(document.MainDocumentPart!.Document.Descendants<PageSize>());
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal(4, document.MainDocumentPart.Document.Body!.Elements<Table>().Count());
    }

    [Fact]
    public void The_docx_shows_the_figures_in_thai_digits_with_a_monthly_total()
    {
        using var document = DocxText.Open(Render(ComplaintStatisticsWriter.WriteDocx));
        var tables = document.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        var summary = tables[0].Elements<TableRow>().Select(DocxText.CellTexts).ToList();
        Assert.Contains(["เรื่องร้องเรียน", "ได้รับเรื่องร้องเรียน", "๑๒"], summary);
        Assert.Contains(["การแจ้งผลการดำเนินการ", "จำนวนเรื่องที่วัดระยะเวลา", "๘"], summary);
        Assert.Contains(["", "ระยะเวลาเฉลี่ย (วันทำการ)", "๕.๓๓"], summary);

        var months = tables[1].Elements<TableRow>().Select(DocxText.CellTexts).ToList();
        Assert.Equal(["ตุลาคม ๒๕๖๗", "๓", "๕"], months[1]);
        Assert.Equal(["รวม", "๑๒", "๑๔"], months[^1]);
    }

    [Fact]
    public void The_xlsx_has_the_four_named_sheets_in_order()
    {
        using var document = OpenXlsx();
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value);
        Assert.Equal(["สรุป", "รายเดือน", "ขั้นตอน", "ความคิดเห็น"], names);
    }

    [Fact]
    public void The_xlsx_summary_holds_the_model_numbers_as_numbers()
    {
        using var document = OpenXlsx();
        var sheet = XlsxGrid.Load(document, "สรุป");
        Assert.Equal("สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", sheet.Text("A1"));
        Assert.Equal("นับข้อมูลถึงวันที่ ๓๑ มีนาคม ๒๕๖๘ เวลา ๒๔.๐๐ น.", sheet.Text("A5"));
        Assert.Equal("หัวข้อ", sheet.Text("A7"));
        Assert.Equal("ได้รับเรื่องร้องเรียน", sheet.Text("B8"));
        Assert.Equal(
            [12, 9, 3, 2, 10, 1.25, 9, 8, 5.333333, 7, 9, 4.4, 5],
            Enumerable.Range(8, 13).Select(row => sheet.Number($"C{row}")));
        Assert.Equal(("คะแนนเฉลี่ยนับถึงสิ้นวันที่", "๒๘ กุมภาพันธ์ ๒๕๖๘"), (sheet.Text("B21"), sheet.Text("C21")));
    }

    [Fact]
    public void Every_format_shows_complaint_and_feedback_satisfaction_as_two_sections_never_one_pooled_figure()
    {
        var csv = ParseCsv(Render(ComplaintStatisticsWriter.WriteCsv)).Skip(1).ToDictionary(r => (r[0], r[1]), r => r[2]);
        using var workbook = OpenXlsx();
        var xlsx = XlsxGrid.Load(workbook, "สรุป");
        using var docx = DocxText.Open(Render(ComplaintStatisticsWriter.WriteDocx));
        var summary = docx.MainDocumentPart!.Document.Body!.Elements<Table>().First().Elements<TableRow>().Select(DocxText.CellTexts).ToList();

        Assert.Equal(("9", "4.4"), (csv[(ComplaintSection, "จำนวนผู้ประเมิน")], csv[(ComplaintSection, "คะแนนเฉลี่ย")]));
        Assert.Equal(("6", "3.5"), (csv[(FeedbackSection, "จำนวนผู้ประเมิน")], csv[(FeedbackSection, "คะแนนเฉลี่ย")]));
        Assert.Equal([ComplaintSection, "จำนวนผู้ประเมิน", FeedbackSection, "จำนวนผู้ประเมิน"],
            new[] { "A18", "B18", "A22", "B22" }.Select(xlsx.Text));
        Assert.Equal([9, 6], new[] { "C18", "C22" }.Select(xlsx.Number));
        Assert.Contains([ComplaintSection, "จำนวนผู้ประเมิน", "๙"], summary);
        Assert.Contains([FeedbackSection, "จำนวนผู้ประเมิน", "๖"], summary);
        Assert.DoesNotContain(csv.Keys, k => k.Item1 == "ความพึงพอใจ");
        Assert.DoesNotContain(summary, row => row.Contains("๑๕"));
    }

    [Fact]
    public void A_mean_from_fewer_than_five_ratings_is_withheld_in_every_format_while_the_count_is_shown()
    {
        var few = model with { ComplaintSatisfaction = new SatisfactionStats(4, null) };

        var (csv, xlsx, docx) = Summaries(few);

        Assert.Equal(("4", "ยังไม่แสดง (น้อยกว่า 5 ราย)", "0", ""),
            (csv[(ComplaintSection, "จำนวนผู้ประเมิน")], csv[(ComplaintSection, "คะแนนเฉลี่ย")],
                csv[(ComplaintSection, "คะแนนเฉลี่ยคิดจากผู้ประเมิน (ราย)")], csv[(ComplaintSection, "คะแนนเฉลี่ยนับถึงสิ้นวันที่")]));
        Assert.Equal((4, "ยังไม่แสดง (น้อยกว่า 5 ราย)", 0), (xlsx.Number("C18"), xlsx.Text("C19"), xlsx.Number("C20")));
        Assert.False(xlsx.Has("C21"));
        Assert.Contains([ComplaintSection, "จำนวนผู้ประเมิน", "๔"], docx);
        Assert.Contains(["", "คะแนนเฉลี่ย", "ยังไม่แสดง (น้อยกว่า ๕ ราย)"], docx);
        Assert.Contains(["", "คะแนนเฉลี่ยนับถึงสิ้นวันที่", "-"], docx);
    }

    [Fact]
    public void Five_ratings_given_since_the_last_month_end_are_counted_but_their_mean_waits_for_the_month_to_end()
    {
        var pending = model with { ComplaintSatisfaction = new SatisfactionStats(7, null) };

        var (csv, xlsx, docx) = Summaries(pending);

        Assert.Equal(("7", "ยังไม่แสดง (แสดงเมื่อสิ้นเดือน)"), (csv[(ComplaintSection, "จำนวนผู้ประเมิน")], csv[(ComplaintSection, "คะแนนเฉลี่ย")]));
        Assert.Equal("ยังไม่แสดง (แสดงเมื่อสิ้นเดือน)", xlsx.Text("C19"));
        Assert.Contains(["", "คะแนนเฉลี่ย", "ยังไม่แสดง (แสดงเมื่อสิ้นเดือน)"], docx);
    }

    [Fact]
    public void Every_format_says_how_many_ratings_the_mean_rests_on_and_to_which_day_beside_the_count_so_far()
    {
        var (csv, xlsx, docx) = Summaries(model);

        Assert.Equal(("9", "4.4", "5", "2025-02-28"),
            (csv[(ComplaintSection, "จำนวนผู้ประเมิน")], csv[(ComplaintSection, "คะแนนเฉลี่ย")],
                csv[(ComplaintSection, "คะแนนเฉลี่ยคิดจากผู้ประเมิน (ราย)")], csv[(ComplaintSection, "คะแนนเฉลี่ยนับถึงสิ้นวันที่")]));
        Assert.Equal((5, "๒๘ กุมภาพันธ์ ๒๕๖๘"), (xlsx.Number("C20"), xlsx.Text("C21")));
        Assert.Contains(["", "คะแนนเฉลี่ยคิดจากผู้ประเมิน (ราย)", "๕"], docx);
        Assert.Contains(["", "คะแนนเฉลี่ยนับถึงสิ้นวันที่", "๒๘ กุมภาพันธ์ ๒๕๖๘"], docx);
    }

    [Fact]
    public void Every_format_explains_the_rule_for_satisfaction_means_to_whoever_publishes_it()
    {
        var csv = ParseCsv(Render(ComplaintStatisticsWriter.WriteCsv));
        using var workbook = OpenXlsx();
        var xlsx = XlsxGrid.Load(workbook, "สรุป");
        using var docx = DocxText.Open(Render(ComplaintStatisticsWriter.WriteDocx));

        const string rule = "ปรับใหม่เมื่อมีผู้ประเมินเพิ่มอย่างน้อย";
        Assert.Contains(csv, row => row[2].Contains(rule + " 5 ราย", StringComparison.Ordinal));
        Assert.Contains(rule + " 5 ราย", xlsx.Text("A27"), StringComparison.Ordinal);
        Assert.Contains(DocxText.Paragraphs(docx.MainDocumentPart!.Document.Body!), p => p.Contains(rule + " ๕ ราย", StringComparison.Ordinal));
    }

    private static (Dictionary<(string, string), string> Csv, XlsxGrid Xlsx, List<IReadOnlyList<string>> Docx) Summaries(ComplaintStatisticsModel shown)
    {
        using var csv = new MemoryStream();
        ComplaintStatisticsWriter.WriteCsv(shown, csv);
        using var xlsx = new MemoryStream();
        ComplaintStatisticsWriter.WriteXlsx(shown, xlsx);
        using var docx = new MemoryStream();
        ComplaintStatisticsWriter.WriteDocx(shown, docx);
        // In memory only: the grid reads its cells after this returns, so the workbook is left open.
        var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx.ToArray()), false);
        using var document = DocxText.Open(docx.ToArray());
        return (ParseCsv(csv.ToArray()).Skip(1).ToDictionary(r => (r[0], r[1]), r => r[2]),
            XlsxGrid.Load(workbook, "สรุป"),
            document.MainDocumentPart!.Document.Body!.Elements<Table>().First().Elements<TableRow>().Select(DocxText.CellTexts).ToList());
    }

    private const string ComplaintSection = "ความพึงพอใจต่อการจัดการเรื่องร้องเรียน";
    private const string FeedbackSection = "ความพึงพอใจต่อการให้บริการ (จากการแสดงความคิดเห็น)";

    [Fact]
    public void The_xlsx_monthly_stage_and_feedback_sheets_hold_the_model_numbers()
    {
        using var document = OpenXlsx();
        var months = XlsxGrid.Load(document, "รายเดือน");
        Assert.Equal([2567, 10, 3, 5], new[] { "A2", "B2", "D2", "E2" }.Select(months.Number));
        Assert.Equal("มกราคม", months.Text("C4"));
        Assert.Equal([2568, 1, 5, 7], new[] { "A4", "B4", "D4", "E4" }.Select(months.Number));

        var stages = XlsxGrid.Load(document, "ขั้นตอน");
        Assert.Equal("แจ้งผล, ปิดเรื่อง", stages.Text("A4"));
        Assert.Equal(9, stages.Number("B4"));

        var feedback = XlsxGrid.Load(document, "ความคิดเห็น");
        Assert.Equal("ไฟฟ้า", feedback.Text("A3"));
        Assert.Equal([8, 8, 6], new[] { "B3", "C3", "D3" }.Select(feedback.Number));
    }

    [Fact]
    public void An_average_that_is_not_a_number_leaves_an_empty_cell_instead_of_breaking_the_file()
    {
        var empty = model with { Result = new DeadlineStats(0, double.NaN, 0) };
        using var output = new MemoryStream();
        ComplaintStatisticsWriter.WriteXlsx(empty, output);
        using var document = SpreadsheetDocument.Open(new MemoryStream(output.ToArray()), false);
        var sheet = XlsxGrid.Load(document, "สรุป");
        Assert.Equal("ระยะเวลาเฉลี่ย (วันทำการ)", sheet.Text("B16"));
        Assert.False(sheet.Has("C16"));
    }

    [Fact]
    public void The_csv_starts_with_a_byte_order_mark_and_has_a_tidy_header()
    {
        var bytes = Render(ComplaintStatisticsWriter.WriteCsv);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        var rows = ParseCsv(bytes);
        Assert.Equal(["section", "item", "value"], rows[0]);
        Assert.All(rows, r => Assert.Equal(3, r.Length));
    }

    [Fact]
    public void The_csv_parses_back_to_the_same_numbers()
    {
        var values = ParseCsv(Render(ComplaintStatisticsWriter.WriteCsv))
            .Skip(1)
            .ToDictionary(r => (r[0], r[1]), r => r[2]);

        Assert.Equal("2568", values[("รายงาน", "ปีงบประมาณ (พ.ศ.)")]);
        Assert.Equal("2024-10-01", values[("รายงาน", "ตั้งแต่วันที่")]);
        Assert.Equal("2025-03-31", values[("รายงาน", "นับข้อมูลถึงสิ้นวันที่")]);
        Assert.Equal(12, Number(values[("เรื่องร้องเรียน", "ได้รับเรื่องร้องเรียน")]));
        Assert.Equal(2, Number(values[("เรื่องร้องเรียน", "ส่งต่อหน่วยงานที่เกี่ยวข้อง")]));
        Assert.Equal(5.33, Number(values[("การแจ้งผลการดำเนินการ", "ระยะเวลาเฉลี่ย (วันทำการ)")]));
        Assert.Equal(4.4, Number(values[(ComplaintSection, "คะแนนเฉลี่ย")]));
        Assert.Equal(3.5, Number(values[(FeedbackSection, "คะแนนเฉลี่ย")]));
        Assert.Equal(4, Number(values[("รายเดือน", "พฤศจิกายน 2567: เรื่องร้องเรียน")]));
        Assert.Equal(9, Number(values[("ขั้นตอน", "แจ้งผล, ปิดเรื่อง")]));
        Assert.Equal(6, Number(values[("ความคิดเห็น", "ถนน \"ชำรุด\": ได้รับ")]));
    }

    [Theory]
    [InlineData("stats.docx", "word/document.xml")]
    [InlineData("stats.XLSX", "xl/workbook.xml")]
    public void Writing_to_a_docx_or_xlsx_path_produces_that_kind_of_package(string name, string mainEntry)
    {
        using var folder = new TempFolder();
        var path = folder.File(name);
        ComplaintStatisticsWriter.Write(model, path);
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        Assert.NotNull(zip.GetEntry(mainEntry));
    }

    [Fact]
    public void Writing_to_a_csv_path_produces_the_csv()
    {
        using var folder = new TempFolder();
        var path = folder.File("stats.csv");
        ComplaintStatisticsWriter.Write(model, path);
        Assert.Equal(Render(ComplaintStatisticsWriter.WriteCsv), File.ReadAllBytes(path));
    }

    [Fact]
    public void An_unknown_extension_is_refused_in_thai_and_english_without_creating_a_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("stats.pdf");
        var error = Assert.Throws<ArgumentException>(() => ComplaintStatisticsWriter.Write(model, path));
        Assert.Contains("ไม่รองรับไฟล์ชนิด '.pdf'", error.Message);
        Assert.Contains("Unsupported file type '.pdf'", error.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_half_other_than_one_or_two_is_refused()
    {
        using var output = new MemoryStream();
        Assert.Throws<ArgumentOutOfRangeException>(() => ComplaintStatisticsWriter.WriteCsv(model with { Half = 3 }, output));
        Assert.Equal(0, output.Length);
    }

    private byte[] Render(Action<ComplaintStatisticsModel, Stream> write)
    {
        using var output = new MemoryStream();
        write(model, output);
        return output.ToArray();
    }

    private SpreadsheetDocument OpenXlsx() =>
        SpreadsheetDocument.Open(new MemoryStream(Render(ComplaintStatisticsWriter.WriteXlsx)), false);

    private static List<string[]> ParseCsv(byte[] bytes) => CsvReader.Parse(new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3));

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
