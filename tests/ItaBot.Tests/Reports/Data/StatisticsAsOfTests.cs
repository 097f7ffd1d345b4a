using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Wordprocessing;
using ItaBot.Calendar;
using ItaBot.Storage.Entities;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Reports.Data;

/// <summary>
/// The complaint statistics a clerk publishes count whole days, by the same rule as /stats: a report and the page
/// agree for the same year, and the document says up to which day and hour it counts.
/// </summary>
public sealed class StatisticsAsOfTests
{
    // 10:00 on 15 June 2025 in Bangkok: fiscal year 2568 is running, 2567 ended on 30 September 2024.
    private static readonly DateTimeOffset Now = ManualClock.Bangkok(2025, 6, 15, 10);

    [Fact]
    public async Task The_report_of_this_year_and_of_the_last_shows_the_same_figures_as_the_stats_page()
    {
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: new ManualClock(Now));
        await AddTodaysChangesAsync(bot);
        var years = (await StatsJsonAsync(bot)).RootElement.GetProperty("years").EnumerateArray().ToList();

        foreach (var year in years)
        {
            var fiscalYear = year.GetProperty("fiscalYear").GetInt32();
            var report = await CsvReportAsync(bot, "--fiscal-year", fiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(FiguresOf(year), FiguresOf(report));
        }
        Assert.Equal(("2025-06-14", 7, 2), Headline(years[0]));
        Assert.Equal(("2024-09-30", 2, 0), Headline(years[1]));
    }

    [Fact]
    public async Task A_complaint_received_today_is_not_in_today_s_report_and_the_document_says_to_which_day_it_counts()
    {
        var clock = new ManualClock(Now);
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: clock);
        await StatisticsSeed.AddAsync(bot, StatisticsSeed.Extra(Now.AddHours(-1).ToUnixTimeMilliseconds(), "received"));

        var today = await DocxReportAsync(bot);
        clock.Set(ManualClock.Bangkok(2025, 6, 16, 0, 1));
        var tomorrow = await DocxReportAsync(bot);

        Assert.Equal("๖", today.Received);
        Assert.Contains("นับข้อมูลถึงวันที่ ๑๔ มิถุนายน ๒๕๖๘ เวลา ๒๔.๐๐ น. (ยังไม่ครบทั้งช่วงเวลาของรายงาน)", today.Paragraphs);
        Assert.Equal("๗", tomorrow.Received);
        Assert.Contains("นับข้อมูลถึงวันที่ ๑๕ มิถุนายน ๒๕๖๘ เวลา ๒๔.๐๐ น. (ยังไม่ครบทั้งช่วงเวลาของรายงาน)", tomorrow.Paragraphs);
    }

    [Fact]
    public async Task As_of_takes_a_Buddhist_era_or_a_Christian_era_date_and_counts_to_the_end_of_that_day()
    {
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: new ManualClock(Now));
        var buddhist = Path.Combine(bot.Directory, "be.csv");
        var christian = Path.Combine(bot.Directory, "ce.csv");

        var (code, output, error) = await bot.CliAsync("report", "complaints", "--fiscal-year", "2568", "--as-of", "2568-03-31", "--out", buddhist);
        Assert.True(code == 0, error);
        (code, _, error) = await bot.CliAsync("report", "complaints", "--fiscal-year", "2568", "--as-of", "2025-03-31", "--out", christian);
        Assert.True(code == 0, error);

        Assert.Contains("counted to the end of 2025-03-31 (Bangkok)", output);
        Assert.Equal(File.ReadAllBytes(buddhist), File.ReadAllBytes(christian));
        var rows = Rows(buddhist);
        Assert.Equal("2025-03-31", rows[("รายงาน", "นับข้อมูลถึงสิ้นวันที่")]);
        Assert.Equal("5", rows[("เรื่องร้องเรียน", "ได้รับเรื่องร้องเรียน")]);
    }

    [Fact]
    public async Task The_29th_of_February_of_a_Buddhist_era_leap_year_is_a_day_the_report_can_count_to()
    {
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: new ManualClock(Now));
        var path = Path.Combine(bot.Directory, "leap.csv");

        var (code, _, error) = await bot.CliAsync("report", "complaints", "--fiscal-year", "2567", "--as-of", "2567-02-29", "--out", path);

        Assert.True(code == 0, error);
        Assert.Equal("2024-02-29", Rows(path)[("รายงาน", "นับข้อมูลถึงสิ้นวันที่")]);
    }

    [Theory]
    [InlineData("2568-06-15", "not over yet")]
    [InlineData("2567-09-30", "before the period begins")]
    [InlineData("15/06/2568", "must be a date")]
    [InlineData("2568-02-29", "must be a date")]
    [InlineData("2568-13-01", "must be a date")]
    public async Task An_as_of_day_that_is_not_over_or_not_a_date_is_a_usage_error_and_writes_nothing(string asOf, string reason)
    {
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: new ManualClock(Now));
        var path = Path.Combine(bot.Directory, "stats.csv");

        var (code, _, error) = await bot.CliAsync("report", "complaints", "--fiscal-year", "2568", "--as-of", asOf, "--out", path);

        Assert.Equal(2, code);
        Assert.Contains("--as-of", error);
        Assert.Contains(reason, error);
        Assert.False(File.Exists(path));
    }

    /// <summary>
    /// Today a complaint came in, another was closed and rated, and a complaint of last year had long been closed
    /// after that year ended: none of this may show in figures that stop before it.
    /// </summary>
    private static async Task AddTodaysChangesAsync(TestBot bot)
    {
        var today = Now.AddHours(-1).ToUnixTimeMilliseconds();
        await StatisticsSeed.AddAsync(bot, StatisticsSeed.Extra(today, "received"));

        var received = StatisticsSeed.Bkk(2025, 6, 2);
        var closedToday = StatisticsSeed.Extra(received, "closed", satisfaction: 1, ratedAt: today);
        (closedToday.ReviewedAt, closedToday.ResultAt, closedToday.ClosedAt, closedToday.UpdatedAt) = (today, today, today, today);
        await AddWithHistoryAsync(bot, closedToday, (received, "received"), (today, "closed"));

        var lastYear = StatisticsSeed.Extra(StatisticsSeed.Bkk(2024, 9, 10), "closed");
        (lastYear.ReviewedAt, lastYear.ResultAt, lastYear.ClosedAt) = (StatisticsSeed.Bkk(2024, 9, 11), StatisticsSeed.Bkk(2024, 11, 5), StatisticsSeed.Bkk(2024, 11, 6));
        lastYear.UpdatedAt = lastYear.ClosedAt.Value;
        await AddWithHistoryAsync(bot, lastYear, (lastYear.ReceivedAt, "received"), (lastYear.ReviewedAt.Value, "review"),
            (lastYear.ResultAt.Value, "notified"), (lastYear.ClosedAt.Value, "closed"));
    }

    private static async Task AddWithHistoryAsync(TestBot bot, Complaint complaint, params (long At, string Stage)[] stages)
    {
        var id = await StatisticsSeed.AddAsync(bot, complaint);
        string? from = null;
        foreach (var (at, stage) in stages)
        {
            await StatisticsSeed.AddAsync(bot, new ComplaintHistory { ComplaintId = id, At = at, FromStage = from, ToStage = stage });
            from = stage;
        }
    }

    private static (string DataUntil, int Received, int Completed) Headline(JsonElement year) =>
        (year.GetProperty("dataUntil").GetString()!,
            year.GetProperty("complaints").GetProperty("received").GetInt32(),
            year.GetProperty("complaints").GetProperty("completed").GetInt32());

    /// <summary>Every count /stats publishes for a year, named the way the CSV report names it.</summary>
    private static List<string> FiguresOf(JsonElement year)
    {
        var complaints = year.GetProperty("complaints");
        var figures = new List<string>
        {
            $"until {year.GetProperty("dataUntil").GetString()}",
            $"received {complaints.GetProperty("received")}",
            $"completed {complaints.GetProperty("completed")}",
            $"in progress {complaints.GetProperty("inProgress")}",
            $"forwarded {year.GetProperty("forwarded")}",
            $"review measured {year.GetProperty("preliminaryReview").GetProperty("measured")}",
            $"review met {year.GetProperty("preliminaryReview").GetProperty("metDeadline")}",
            $"result measured {year.GetProperty("result").GetProperty("measured")}",
            $"result met {year.GetProperty("result").GetProperty("metDeadline")}",
            $"complaints rated {year.GetProperty("complaintSatisfaction").GetProperty("count")}",
            $"opinions rated {year.GetProperty("feedbackSatisfaction").GetProperty("count")}",
            MeanOf(year.GetProperty("complaintSatisfaction")),
            MeanOf(year.GetProperty("feedbackSatisfaction")),
        };
        foreach (var stage in year.GetProperty("byStage").EnumerateArray())
            figures.Add($"stage {stage.GetProperty("stage").GetString()} {stage.GetProperty("count")}");
        foreach (var month in year.GetProperty("byMonth").EnumerateArray())
        {
            var label = $"{ThaiDates.ThaiMonthName(month.GetProperty("month").GetInt32())} {ThaiDates.ToBuddhistYear(month.GetProperty("year").GetInt32())}";
            figures.Add($"month {label} {month.GetProperty("complaints")} {month.GetProperty("feedback")}");
        }
        return figures;
    }

    private static List<string> FiguresOf(Dictionary<(string Section, string Item), string> csv)
    {
        var figures = new List<string>
        {
            $"until {csv[("รายงาน", "นับข้อมูลถึงสิ้นวันที่")]}",
            $"received {csv[("เรื่องร้องเรียน", "ได้รับเรื่องร้องเรียน")]}",
            $"completed {csv[("เรื่องร้องเรียน", "ดำเนินการแล้วเสร็จ")]}",
            $"in progress {csv[("เรื่องร้องเรียน", "อยู่ระหว่างดำเนินการ")]}",
            $"forwarded {csv[("เรื่องร้องเรียน", "ส่งต่อหน่วยงานที่เกี่ยวข้อง")]}",
            $"review measured {csv[("การตรวจสอบข้อเท็จจริงเบื้องต้น", "จำนวนเรื่องที่วัดระยะเวลา")]}",
            $"review met {csv[("การตรวจสอบข้อเท็จจริงเบื้องต้น", "ดำเนินการทันกำหนด")]}",
            $"result measured {csv[("การแจ้งผลการดำเนินการ", "จำนวนเรื่องที่วัดระยะเวลา")]}",
            $"result met {csv[("การแจ้งผลการดำเนินการ", "ดำเนินการทันกำหนด")]}",
            $"complaints rated {csv[("ความพึงพอใจต่อการจัดการเรื่องร้องเรียน", "จำนวนผู้ประเมิน")]}",
            $"opinions rated {csv[("ความพึงพอใจต่อการให้บริการ (จากการแสดงความคิดเห็น)", "จำนวนผู้ประเมิน")]}",
            MeanOf(csv, "ความพึงพอใจต่อการจัดการเรื่องร้องเรียน"),
            MeanOf(csv, "ความพึงพอใจต่อการให้บริการ (จากการแสดงความคิดเห็น)"),
        };
        figures.AddRange(csv.Where(c => c.Key.Section == "ขั้นตอน").Select(c => $"stage {c.Key.Item} {c.Value}"));
        figures.AddRange(csv.Where(c => c.Key.Section == "รายเดือน" && c.Key.Item.EndsWith(": เรื่องร้องเรียน", StringComparison.Ordinal))
            .Select(c => c.Key.Item[..c.Key.Item.IndexOf(':')])
            .Select(month => $"month {month} {csv[("รายเดือน", month + ": เรื่องร้องเรียน")]} {csv[("รายเดือน", month + ": ความคิดเห็น")]}"));
        return figures;
    }

    private static string MeanOf(JsonElement rated) =>
        $"mean {(rated.GetProperty("mean").ValueKind == JsonValueKind.Null ? "withheld" : rated.GetProperty("mean").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture))}"
        + $" from {rated.GetProperty("meanCount")} until {rated.GetProperty("meanUntil").GetString()}";

    private static string MeanOf(Dictionary<(string Section, string Item), string> csv, string section)
    {
        var mean = csv[(section, "คะแนนเฉลี่ย")];
        return $"mean {(mean.StartsWith("ยังไม่แสดง", StringComparison.Ordinal) ? "withheld" : mean)}"
            + $" from {csv[(section, "คะแนนเฉลี่ยคิดจากผู้ประเมิน (ราย)")]} until {csv[(section, "คะแนนเฉลี่ยนับถึงสิ้นวันที่")]}";
    }

    private static async Task<Dictionary<(string Section, string Item), string>> CsvReportAsync(TestBot bot, params string[] options)
    {
        var path = Path.Combine(bot.Directory, Guid.NewGuid().ToString("N") + ".csv");
        var (code, _, error) = await bot.CliAsync(["report", "complaints", .. options, "--out", path]);
        Assert.True(code == 0, error);
        return Rows(path);
    }

    private static Dictionary<(string Section, string Item), string> Rows(string path) =>
        CsvReader.Parse(File.ReadAllText(path).TrimStart('\uFEFF')).Skip(1).ToDictionary(r => (r[0], r[1]), r => r[2]);

    private static async Task<(string Received, IReadOnlyList<string> Paragraphs)> DocxReportAsync(TestBot bot)
    {
        var path = Path.Combine(bot.Directory, Guid.NewGuid().ToString("N") + ".docx");
        var (code, _, error) = await bot.CliAsync("report", "complaints", "--out", path);
        Assert.True(code == 0, error);
        using var document = DocxText.Open(File.ReadAllBytes(path));
        var body = document.MainDocumentPart!.Document.Body!;
        var received = body.Elements<Table>().First().Elements<TableRow>().Select(DocxText.CellTexts).First(c => c[1] == "ได้รับเรื่องร้องเรียน")[2];
        return (received, DocxText.Paragraphs(body));
    }

    private static async Task<JsonDocument> StatsJsonAsync(TestBot bot)
    {
        using var http = new HttpClient { BaseAddress = bot.Host.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var response = await http.GetAsync("/stats.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
