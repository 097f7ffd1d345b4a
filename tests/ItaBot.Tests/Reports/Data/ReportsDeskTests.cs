using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using ItaBot.Storage;
using ItaBot.Tests.EndToEnd;
using ItaBot.Tests.Stats;
using ItaBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.Reports.Data;

public sealed partial class ReportsDeskTests
{
    private const string PublicBaseUrl = "https://itabot.nonghuarat.go.th";
    private static readonly DateTimeOffset Now = new(2025, 6, 15, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_admin_gets_a_signed_link_that_downloads_the_report_until_it_expires()
    {
        var clock = new ManualClock(Now);
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(s => s["Organisation:PublicBaseUrl"] = PublicBaseUrl, clock);
        var admin = await EnrolAsync(bot, "admin");

        var menu = await bot.SayAsync(admin, "รายงาน");
        Assert.Equal(["มาตรการ ปี 2567", "ร้องเรียน ปี 2567", "มาตรการ ปี 2568", "ร้องเรียน ครึ่งปีแรก 2568", "ร้องเรียน ครึ่งปีหลัง 2568", "ร้องเรียน ปี 2568"],
            menu[^1].Buttons.Select(b => b.Label));
        var answer = await bot.TapAsync(admin, "ร้องเรียน ครึ่งปีแรก 2568");
        var text = answer[^1].Text!;
        Assert.Contains("ครึ่งปีแรก", text);
        var path = LinkPattern().Match(text).Groups[1].Value;
        Assert.StartsWith("/reports/", path);

        using var http = new HttpClient { BaseAddress = bot.Host.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var download = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("no-store", download.Headers.CacheControl?.ToString());
        using (var document = WordprocessingDocument.Open(new MemoryStream(await download.Content.ReadAsByteArrayAsync()), false))
            Assert.Contains("ได้รับเรื่องร้องเรียน", DocxText.Of(document.MainDocumentPart!.Document.Body!));

        var tampered = path[..^3] + (path[^3] == 'x' ? 'y' : 'x') + path[^2..];
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(tampered)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(path[..path.LastIndexOf('.')])).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.Gone, (await http.GetAsync(path)).StatusCode);

        var actions = await AuditActionsAsync(bot);
        Assert.Equal(["report.link_issued", "report.downloaded", "report.link_refused"], actions);
    }

    [Fact]
    public async Task The_report_of_the_running_year_counts_to_yesterday_and_says_so_in_chat_and_in_the_document()
    {
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(s => s["Organisation:PublicBaseUrl"] = PublicBaseUrl, new ManualClock(Now));
        await StatisticsSeed.AddAsync(bot, StatisticsSeed.Extra(Now.AddHours(-1).ToUnixTimeMilliseconds(), "received"));
        var admin = await EnrolAsync(bot, "admin");

        await bot.SayAsync(admin, "รายงาน");
        var text = (await bot.TapAsync(admin, "ร้องเรียน ปี 2568"))[^1].Text!;
        using var http = new HttpClient { BaseAddress = bot.Host.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var bytes = await http.GetByteArrayAsync(LinkPattern().Match(text).Groups[1].Value);

        Assert.Contains("ปี 2568 (ทั้งปี) ข้อมูลถึงวันที่ 14 มิถุนายน 2568", text);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Contains("นับข้อมูลถึงวันที่ ๑๔ มิถุนายน ๒๕๖๘ เวลา ๒๔.๐๐ น. (ยังไม่ครบทั้งช่วงเวลาของรายงาน)", DocxText.Paragraphs(body));
        var summary = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().First().Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>()
            .Select(DocxText.CellTexts);
        Assert.Equal("๖", summary.First(c => c[1] == "ได้รับเรื่องร้องเรียน")[2]);
    }

    [Fact]
    public async Task A_mean_that_falls_due_when_an_admin_asks_in_chat_is_kept_and_the_stats_page_shows_the_same()
    {
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(s => s["Organisation:PublicBaseUrl"] = PublicBaseUrl, new ManualClock(Now));
        foreach (var (day, score) in new[] { (2, 4), (3, 4), (4, 2) })
            await StatisticsSeed.AddAsync(bot, StatisticsSeed.Extra(StatisticsSeed.Bkk(2025, 5, 1), "closed", satisfaction: score, ratedAt: StatisticsSeed.Bkk(2025, 5, day)));
        var admin = await EnrolAsync(bot, "admin");

        // Asked in chat, the report is built inside the turn's transaction, which already holds the write gate.
        await bot.SayAsync(admin, "รายงาน");
        var text = (await bot.TapAsync(admin, "ร้องเรียน ปี 2568"))[^1].Text!;
        using var http = new HttpClient { BaseAddress = bot.Host.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var bytes = await http.GetByteArrayAsync(LinkPattern().Match(text).Groups[1].Value);
        var stats = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/stats.json")).RootElement.GetProperty("years")[0];

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var summary = document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().First()
            .Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Select(DocxText.CellTexts).ToList();
        Assert.Equal("๓.๖๐", summary.First(c => c[1] == "คะแนนเฉลี่ย")[2]);
        Assert.Equal("๓๑ พฤษภาคม ๒๕๖๘", summary.First(c => c[1] == "คะแนนเฉลี่ยนับถึงสิ้นวันที่")[2]);
        Assert.Equal((3.6, 5, "2025-05-31"), StatsPageTests.Published(stats, "complaintSatisfaction"));
        Assert.Equal([[2568L, "complaint", "2025-05-31", 5L, 18L]],
            bot.Rows("SELECT FiscalYear, Service, Until, Count, Total FROM SatisfactionReleases"));
    }

    [Fact]
    public async Task Replaying_an_expired_link_or_sending_forged_tokens_writes_no_audit_row_after_the_first_refusal()
    {
        var clock = new ManualClock(Now);
        await using var bot = await TestBot.StartAsync(s => s["Organisation:PublicBaseUrl"] = PublicBaseUrl, time: clock);
        var admin = await EnrolAsync(bot, "admin");
        await bot.SayAsync(admin, "รายงาน");
        var path = LinkPattern().Match((await bot.TapAsync(admin, "ร้องเรียน ปี 2568"))[^1].Text!).Groups[1].Value;
        using var http = new HttpClient { BaseAddress = bot.Host.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };

        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/reports/forged{i}.AAAA")).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(16));
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Gone, (await http.GetAsync(path)).StatusCode);

        Assert.Equal(["report.link_issued", "report.link_refused"], await AuditActionsAsync(bot));
    }

    [Fact]
    public async Task The_measures_report_can_be_asked_for_in_chat()
    {
        await using var bot = await TestBot.StartAsync(s => s["Organisation:PublicBaseUrl"] = PublicBaseUrl + "/", time: new ManualClock(Now));
        await using (var scope = bot.Services.CreateAsyncScope())
            await MeasuresSeed.InsertAsync(scope.ServiceProvider.GetRequiredService<ItaBotDb>(), MeasuresSeed.Sample());
        var admin = await EnrolAsync(bot, "admin");
        await bot.SayAsync(admin, "รายงาน");
        var text = (await bot.TapAsync(admin, "มาตรการ ปี 2568"))[^1].Text!;
        var path = LinkPattern().Match(text).Groups[1].Value;
        Assert.StartsWith(PublicBaseUrl + "/reports/", text[text.IndexOf(PublicBaseUrl, StringComparison.Ordinal)..]);

        using var http = new HttpClient { BaseAddress = bot.Host.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var download = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("ita-measures-2568.docx", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task Without_a_public_address_the_admin_is_told_politely_and_offered_the_report_verb_without_a_made_up_program_name()
    {
        await using var bot = await TestBot.StartAsync(time: new ManualClock(Now));
        var admin = await EnrolAsync(bot, "admin");
        await bot.SayAsync(admin, "รายงาน");
        var text = (await bot.TapAsync(admin, "ร้องเรียน ปี 2568"))[^1].Text!;
        Assert.Contains("ขออภัยค่ะ", text);
        Assert.Contains("\nreport complaints --fiscal-year 2568 --out complaint-statistics-2568.docx", text);
        Assert.Contains("README", text);
        Assert.DoesNotContain("itabot", text);
        Assert.DoesNotContain("/reports/", text);
    }

    [Fact]
    public async Task Early_in_a_fiscal_year_the_admin_can_download_the_previous_year_s_complaint_statistics()
    {
        var clock = new ManualClock(ManualClock.Bangkok(2026, 11, 22, 10));
        await using var bot = await TestBot.StartAsync(s => s["Organisation:PublicBaseUrl"] = PublicBaseUrl, time: clock);
        var admin = await EnrolAsync(bot, "admin");

        var menu = await bot.SayAsync(admin, "รายงาน");
        var text = (await bot.TapAsync(admin, "ร้องเรียน ปี 2569"))[^1].Text!;

        Assert.DoesNotContain("ร้องเรียน ครึ่งปีหลัง 2570", menu[^1].Buttons.Select(b => b.Label));
        Assert.Contains("ปี 2569 (ทั้งปี)", text);
        using var http = new HttpClient { BaseAddress = bot.Host.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var download = await http.GetAsync(LinkPattern().Match(text).Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("complaint-statistics-2569.docx", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task An_officer_cannot_ask_for_reports_and_the_refusal_is_audited()
    {
        await using var bot = await TestBot.StartAsync(s => s["Organisation:PublicBaseUrl"] = PublicBaseUrl, time: new ManualClock(Now));
        var officer = await EnrolAsync(bot, "officer");
        var answer = await bot.SayAsync(officer, "รายงาน");
        Assert.Contains("ผู้ดูแลระบบเท่านั้น", answer[^1].Text);
        var before = bot.Line.MessagesTo(officer).Count;
        await bot.Line.SendPostbackAsync(officer, "s|report|complaints|2568|0");
        var refused = await bot.AnswersAfterAsync(officer, before);
        Assert.Contains("ผู้ดูแลระบบเท่านั้น", refused[^1].Text);
        Assert.DoesNotContain(refused, m => m.Text?.Contains("/reports/") == true);
        Assert.Contains("report.denied", await AuditActionsAsync(bot));
    }

    private static async Task<string> EnrolAsync(TestBot bot, string role)
    {
        var (code, output, error) = await bot.CliAsync("invite", "--role", role, "--unit", "สำนักปลัด");
        Assert.True(code == 0, error);
        var user = bot.Line.AddUser();
        await bot.SayAsync(user, "ลงทะเบียน " + output.Trim().Split('\n')[^1].Trim());
        return user;
    }

    private static async Task<List<string>> AuditActionsAsync(TestBot bot)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        return await db.AuditEntries.Where(a => a.Action.StartsWith("report.")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
    }

    [GeneratedRegex(@"https://itabot\.nonghuarat\.go\.th(/reports/[A-Za-z0-9_\-\.]+)")]
    private static partial Regex LinkPattern();
}
