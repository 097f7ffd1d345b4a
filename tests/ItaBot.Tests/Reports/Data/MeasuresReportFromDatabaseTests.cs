using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ItaBot.Security;
using ItaBot.Storage;
using ItaBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ItaBot.Tests.Reports.Data;

public sealed class MeasuresReportFromDatabaseTests(ITestOutputHelper output)
{
    private const string ChatLink = "https://www.facebook.com/nonghuaratcity/posts/complaints-2568";
    private const string ChatResult = "บันทึกทางแชต: จัดอบรมเรื่องร้องเรียนให้เจ้าหน้าที่ ๔๐ คน";

    [Fact]
    public async Task The_report_lists_the_five_measures_with_each_steps_units_and_the_result_typed_in_chat()
    {
        await using var bot = await StartAsync();
        var file = MeasuresSeed.Sample();
        var (code, text, error) = await bot.CliAsync("report", "measures", "--fiscal-year", "2568", "--out", Out(bot));
        Assert.True(code == 0, error);
        Assert.Contains("5 measures, 1 photos", text);

        using var document = WordprocessingDocument.Open(Out(bot), false);
        var measures = ResultsTable.Measures(document);
        Assert.Equal(5, measures.Count);
        for (var i = 0; i < 5; i++)
        {
            var spec = file.Measures[i];
            Assert.Equal($"{(char)('๑' + i)}. {spec.Title}", DocxText.Of(Assert.Single(ResultsTable.Shown(measures[i], 0))));
            Assert.Equal(spec.Activities.Select(a => string.Join('\n', a.Units)), ResultsTable.PerStep(measures[i], 2));
        }
        Assert.Contains(ChatResult, ResultsTable.PerStep(measures[4], 4)[0]);
        Assert.Contains("ตลอดปีงบประมาณ", ResultsTable.PerStep(measures[1], 3)[0]);
        Assert.Contains("เทศบาลตำบลหนองหัวแรต", DocxText.Paragraphs(document.MainDocumentPart!.Document.Body!));
    }

    [Fact]
    public async Task The_evidence_photo_is_decrypted_into_the_document_and_an_unreadable_one_is_left_out()
    {
        await using var bot = await StartAsync();
        await bot.CliAsync("report", "measures", "--fiscal-year", "2568", "--out", Out(bot));

        using var document = WordprocessingDocument.Open(Out(bot), false);
        var image = Assert.Single(document.MainDocumentPart!.ImageParts);
        using var stream = image.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Assert.Equal(Photo, copy.ToArray());
        Assert.Contains(DocxText.Of(document.MainDocumentPart.Document.Body!).Split('\n'), p => p.StartsWith("ภาพประกอบมาตรการที่ ๕", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Evidence_links_imported_with_the_plan_and_typed_in_chat_appear_under_their_steps_result()
    {
        await using var bot = await StartAsync();
        await bot.CliAsync("report", "measures", "--fiscal-year", "2568", "--out", Out(bot));

        using var document = WordprocessingDocument.Open(Out(bot), false);
        var measures = ResultsTable.Measures(document);
        var imported = "หลักฐาน: https://www.nonghuaratcity.go.th";
        Assert.EndsWith(imported, ResultsTable.PerStep(measures[0], 4)[1]);
        Assert.DoesNotContain("หลักฐาน", ResultsTable.PerStep(measures[0], 4)[0]);
        Assert.EndsWith(imported + "\nหลักฐาน: " + ChatLink, ResultsTable.PerStep(measures[4], 4)[0]);
        Assert.Contains(document.MainDocumentPart!.HyperlinkRelationships, r => r.Uri == new Uri(ChatLink));
    }

    [Fact]
    public async Task A_year_without_measures_gives_an_error_and_no_file()
    {
        await using var bot = await StartAsync();
        var (code, _, error) = await bot.CliAsync("report", "measures", "--fiscal-year", "2569", "--out", Out(bot));
        Assert.Equal(1, code);
        Assert.Contains("no measures", error);
        Assert.False(File.Exists(Out(bot)));
    }

    [Fact]
    public async Task The_report_opens_in_LibreOffice()
    {
        var soffice = LibreOffice.Find();
        if (soffice is null)
        {
            Assert.False(LibreOffice.Required, $"{LibreOffice.RequiredVariable}=1 but LibreOffice is not installed");
            output.WriteLine("skipped: LibreOffice not installed");
            return;
        }
        await using var bot = await StartAsync();
        await bot.CliAsync("report", "measures", "--fiscal-year", "2568", "--out", Out(bot));
        var pdf = LibreOffice.ConvertToPdf(soffice, Out(bot));
        Assert.True(new FileInfo(pdf).Length > 1000);
        Assert.StartsWith("%PDF", File.ReadAllText(pdf)[..4]);
    }

    private static readonly byte[] Photo = TestPng.Solid(40, 30, 200, 30, 30);

    private static string Out(TestBot bot) => Path.Combine(bot.Directory, "r.docx");

    private static async Task<TestBot> StartAsync()
    {
        var bot = await TestBot.StartAsync(s => s["Organisation:Name"] = "เทศบาลตำบลหนองหัวแรต");
        await using var scope = bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var cipher = scope.ServiceProvider.GetRequiredService<FieldCipher>();
        await MeasuresSeed.InsertAsync(db, MeasuresSeed.Sample());
        await MeasuresSeed.RecordResultAsync(db, "5.1", ChatResult);
        await MeasuresSeed.AddLinkAsync(db, "5.1", ChatLink);
        var folder = Path.Combine(bot.Directory, "activity-evidence");
        await MeasuresSeed.AddPhotoAsync(db, cipher, folder, "5.1", Photo);
        await MeasuresSeed.AddPhotoAsync(db, cipher, folder, "5.1", Photo, encrypt: false);
        return bot;
    }
}
