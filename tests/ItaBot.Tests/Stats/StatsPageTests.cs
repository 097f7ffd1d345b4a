using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ItaBot.Reports.Data;
using ItaBot.Stats;
using ItaBot.Storage;
using ItaBot.Tests.Reports.Data;
using ItaBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ItaBot.Tests.Stats;

public sealed partial class StatsPageTests(ITestOutputHelper output)
{
    // 15 June 2025 in Bangkok: fiscal year 2568 is current, 2567 the previous one.
    private static readonly DateTimeOffset Now = new(2025, 6, 15, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Stats_json_holds_the_same_numbers_as_the_statistics_for_this_year_and_the_last()
    {
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: new ManualClock(Now));
        var json = await GetJsonAsync(bot);

        Assert.Equal([2568, 2567], json.RootElement.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("fiscalYear").GetInt32()));
        foreach (var year in json.RootElement.GetProperty("years").EnumerateArray())
        {
            var model = StatsYear.Of(await BuildAsync(bot, year.GetProperty("fiscalYear").GetInt32()));
            var expected = JsonSerializer.SerializeToElement(model, new JsonSerializerOptions(JsonSerializerDefaults.Web));
            Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(year));
        }
        var current = json.RootElement.GetProperty("years")[0];
        Assert.Equal(6, current.GetProperty("complaints").GetProperty("received").GetInt32());
        Assert.Equal(1.25, current.GetProperty("preliminaryReview").GetProperty("averageWorkingDays").GetDouble());
        Assert.Equal(1, json.RootElement.GetProperty("years")[1].GetProperty("complaints").GetProperty("received").GetInt32());
    }

    [Fact]
    public async Task Stats_json_writes_the_organisation_in_readable_Thai_as_json_that_browsers_may_not_sniff()
    {
        const string name = "เทศบาลตำบลหนองบัว";
        await using var bot = await TestBot.StartAsync(s => s["Organisation:Name"] = name, time: new ManualClock(Now));
        using var http = new HttpClient { BaseAddress = bot.Host.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };

        var response = await http.GetAsync("/stats.json");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Contains("\"" + name + "\"", body);
        Assert.DoesNotContain("\\u0E", body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(name, JsonDocument.Parse(body).RootElement.GetProperty("organisation").GetString());
    }

    [Fact]
    public async Task An_average_with_nothing_measured_is_null_in_json_not_a_broken_number()
    {
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: new ManualClock(Now));
        var previous = (await GetJsonAsync(bot)).RootElement.GetProperty("years")[1];
        Assert.Equal(JsonValueKind.Null, previous.GetProperty("result").GetProperty("averageWorkingDays").ValueKind);
    }

    [Fact]
    public async Task Complaint_and_feedback_ratings_are_published_apart_each_with_its_own_count()
    {
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: new ManualClock(Now));
        var years = (await GetJsonAsync(bot)).RootElement.GetProperty("years");

        Assert.Equal((2, 2), (Rated(years[0], "complaintSatisfaction"), Rated(years[0], "feedbackSatisfaction")));
        Assert.Equal((0, 1), (Rated(years[1], "complaintSatisfaction"), Rated(years[1], "feedbackSatisfaction")));
        Assert.False(years[0].TryGetProperty("satisfaction", out _));
    }

    [Fact]
    public async Task A_complaint_satisfaction_mean_is_published_only_once_five_complainants_have_rated_whatever_the_feedback_ratings()
    {
        var clock = new ManualClock(Now);
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: clock);
        await StatisticsSeed.AddAsync(bot, StatisticsSeed.Extra(StatisticsSeed.Bkk(2025, 6, 2), "closed", satisfaction: 4));
        await StatisticsSeed.AddAsync(bot, StatisticsSeed.Extra(StatisticsSeed.Bkk(2025, 6, 3), "closed", satisfaction: 4));
        // Six ratings in all, but only four about complaints: pooled, this showed a mean of four complainants' scores.
        var four = (await GetJsonAsync(bot)).RootElement.GetProperty("years")[0];
        await StatisticsSeed.AddAsync(bot, StatisticsSeed.Extra(StatisticsSeed.Bkk(2025, 6, 4), "closed", satisfaction: 2));
        clock.Set(ManualClock.Bangkok(2025, 7, 1, 9, 0));
        var five = (await GetJsonAsync(bot)).RootElement.GetProperty("years")[0];

        Assert.Equal(4, Rated(four, "complaintSatisfaction"));
        Assert.Equal(JsonValueKind.Null, Mean(four, "complaintSatisfaction").ValueKind);
        Assert.Equal(5, Rated(five, "complaintSatisfaction"));
        Assert.Equal((3.6, 5, "2025-06-30"), Published(five, "complaintSatisfaction"));
        Assert.Equal(2, Rated(five, "feedbackSatisfaction"));
        Assert.Equal(JsonValueKind.Null, Mean(five, "feedbackSatisfaction").ValueKind);
    }

    [Fact]
    public async Task A_feedback_satisfaction_mean_is_published_only_once_five_opinions_were_rated_by_a_month_end_and_leaves_the_complaint_mean_hidden()
    {
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: new ManualClock(Now));
        foreach (var day in new[] { 2, 3, 4 }) await StatisticsSeed.AddAsync(bot, Opinion(StatisticsSeed.Bkk(2025, 5, day), rating: 5));

        var year = (await GetJsonAsync(bot)).RootElement.GetProperty("years")[0];

        Assert.Equal(5, Rated(year, "feedbackSatisfaction"));
        Assert.Equal((4.2, 5, "2025-05-31"), Published(year, "feedbackSatisfaction"));
        Assert.Equal(2, Rated(year, "complaintSatisfaction"));
        Assert.Equal(JsonValueKind.Null, Mean(year, "complaintSatisfaction").ValueKind);
    }

    [Fact]
    public async Task An_opinion_rated_today_is_counted_only_from_tomorrow()
    {
        var clock = new ManualClock(Now);
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: clock);
        await StatisticsSeed.AddAsync(bot, Opinion(Now.AddHours(-1).ToUnixTimeMilliseconds(), rating: 5));

        var today = (await GetJsonAsync(bot)).RootElement.GetProperty("years")[0];
        clock.Set(ManualClock.Bangkok(2025, 6, 16, 0, 1));
        var tomorrow = (await GetJsonAsync(bot)).RootElement.GetProperty("years")[0];

        Assert.Equal(2, Rated(today, "feedbackSatisfaction"));
        Assert.Equal(3, Rated(tomorrow, "feedbackSatisfaction"));
    }

    [Fact]
    public async Task A_complaint_filed_today_is_counted_only_from_tomorrow_and_the_page_says_up_to_which_day()
    {
        var clock = new ManualClock(Now);
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: clock);
        await StatisticsSeed.AddAsync(bot, StatisticsSeed.Extra(Now.AddHours(-1).ToUnixTimeMilliseconds(), "received"));

        clock.Advance(StatsCache.Lifetime);
        var today = Received(await GetJsonAsync(bot));
        var page = await GetPageAsync(bot);
        clock.Set(ManualClock.Bangkok(2025, 6, 16, 0, 1));
        var tomorrow = await GetJsonAsync(bot);

        Assert.Equal(6, today);
        Assert.Contains("ข้อมูลถึงวันที่ 14 มิถุนายน 2568", page);
        Assert.Equal(7, Received(tomorrow));
        Assert.Equal("2025-06-15", tomorrow.RootElement.GetProperty("dataUntil").GetString());
    }

    [Fact]
    public async Task On_the_first_day_of_a_fiscal_year_the_page_says_the_year_has_just_begun_instead_of_a_day_before_it()
    {
        await using var bot = await TestBot.StartAsync(time: new ManualClock(ManualClock.Bangkok(2025, 10, 1, 9, 0)));

        var page = await GetPageAsync(bot);

        Assert.Contains("ปีงบประมาณนี้เพิ่งเริ่มวันนี้ ข้อมูลจะเริ่มแสดงพรุ่งนี้", page);
        Assert.DoesNotContain("ข้อมูลถึงวันที่ 30 กันยายน 2568", page[page.IndexOf("fy-2569", StringComparison.Ordinal)..page.IndexOf("fy-2568", StringComparison.Ordinal)]);
        Assert.Contains("ข้อมูลถึงวันที่ 30 กันยายน 2568", page);
    }

    [Fact]
    public async Task A_case_closed_and_rated_today_still_shows_yesterday_s_stage_and_no_rating()
    {
        var clock = new ManualClock(Now);
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: clock);
        var received = StatisticsSeed.Bkk(2025, 6, 2);
        var today = Now.ToUnixTimeMilliseconds();
        var c = StatisticsSeed.Extra(received, "closed", satisfaction: 1, ratedAt: today);
        (c.ReviewedAt, c.ResultAt, c.ClosedAt, c.UpdatedAt) = (today, today, today, today);
        var id = await StatisticsSeed.AddAsync(bot, c);
        await StatisticsSeed.AddAsync(bot, new ItaBot.Storage.Entities.ComplaintHistory { ComplaintId = id, At = received, ToStage = "received" });
        await StatisticsSeed.AddAsync(bot, new ItaBot.Storage.Entities.ComplaintHistory { ComplaintId = id, At = today, FromStage = "received", ToStage = "closed" });

        var year = (await GetJsonAsync(bot)).RootElement.GetProperty("years")[0];

        Assert.Equal(7, year.GetProperty("complaints").GetProperty("received").GetInt32());
        Assert.Equal(2, year.GetProperty("complaints").GetProperty("completed").GetInt32());
        Assert.Equal(2, Rated(year, "complaintSatisfaction"));
        Assert.Equal(4, year.GetProperty("preliminaryReview").GetProperty("measured").GetInt32());
        var stages = year.GetProperty("byStage").EnumerateArray().ToDictionary(s => s.GetProperty("stage").GetString()!, s => s.GetProperty("count").GetInt32());
        Assert.Equal(2, stages[ComplaintStageNames.Of("received")]);
        Assert.Equal(1, stages[ComplaintStageNames.Of("closed")]);
    }

    [Fact]
    public async Task The_numbers_are_cached_for_a_minute_so_the_page_cannot_load_the_database()
    {
        var clock = new ManualClock(Now);
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: clock);
        Assert.Equal(6, Received(await GetJsonAsync(bot)));
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
            var one = db.Complaints.First();
            db.Complaints.Add(new ItaBot.Storage.Entities.Complaint
            {
                FiscalYear = 2568, Sequence = 99, CaseNo = "ทจ-T-099", ReceiptHash = "receipt-99", Content = [1], Stage = "received",
                ReceivedAt = StatisticsSeed.Bkk(2025, 6, 2), ReviewDue = one.ReviewDue, ResultDue = one.ResultDue, StageDue = one.StageDue,
            });
            await db.SaveChangesAsync();
        }
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(6, Received(await GetJsonAsync(bot)));
        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(7, Received(await GetJsonAsync(bot)));
    }

    [Fact]
    public async Task The_page_is_Thai_html_with_an_inline_chart_and_no_case_numbers_or_text()
    {
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: new ManualClock(Now));
        using var http = new HttpClient { BaseAddress = bot.Host.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var response = await http.GetAsync("/stats");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"th\">", html);
        Assert.Contains("<svg", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("ทจ-T-", html);
        Assert.DoesNotContain(StatisticsSeed.SecretWords, html);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_page_renders_in_headless_chromium_with_the_same_numbers_as_the_json()
    {
        var chromium = Chromium.Find();
        if (chromium is null)
        {
            Assert.False(Chromium.Required, $"{Chromium.RequiredVariable}=1 but chromium is not installed");
            output.WriteLine("skipped: chromium not installed");
            return;
        }
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: new ManualClock(Now));
        var json = await GetJsonAsync(bot);
        var dom = await Chromium.DumpDomAsync(chromium, new Uri(bot.Host.BaseUrl, "/stats"));

        var sections = SectionPattern().Matches(dom).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(["2568", "2567"], sections.Keys);
        foreach (var year in json.RootElement.GetProperty("years").EnumerateArray())
        {
            var shown = StatPattern().Matches(sections[year.GetProperty("fiscalYear").ToString()])
                .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            var complaints = year.GetProperty("complaints");
            Assert.Equal(complaints.GetProperty("received").ToString(), shown["received"]);
            Assert.Equal(complaints.GetProperty("completed").ToString(), shown["completed"]);
            Assert.Equal(complaints.GetProperty("inProgress").ToString(), shown["in-progress"]);
            Assert.Equal(year.GetProperty("forwarded").ToString(), shown["forwarded"]);
            Assert.Equal(year.GetProperty("preliminaryReview").GetProperty("metDeadline").ToString(), shown["review-met"]);
            Assert.Equal(year.GetProperty("complaintSatisfaction").GetProperty("count").ToString(), shown["complaint-satisfaction-count"]);
            Assert.Equal(year.GetProperty("feedbackSatisfaction").GetProperty("count").ToString(), shown["feedback-satisfaction-count"]);
            foreach (var service in new[] { "complaint", "feedback" })
            {
                var rated = year.GetProperty(service + "Satisfaction");
                Assert.Equal(JsonValueKind.Null, rated.GetProperty("mean").ValueKind);
                Assert.Equal("ยังไม่แสดง (น้อยกว่า 5 ราย)", shown[service + "-satisfaction-mean"]);
                Assert.Equal(rated.GetProperty("meanCount").ToString(), shown[service + "-satisfaction-mean-count"]);
                Assert.Equal("-", shown[service + "-satisfaction-mean-until"]);
            }
            Assert.False(shown.ContainsKey("satisfaction-count"));
        }
        Assert.Contains("1.25", sections["2568"]);
        Assert.Contains("<svg", dom);
    }

    private static int _sequence;

    private static ItaBot.Storage.Entities.FeedbackEntry Opinion(long receivedAt, int rating)
    {
        var n = Interlocked.Increment(ref _sequence);
        return new()
        {
            FiscalYear = 2568, Sequence = 100 + n, RefNo = $"คห-T-{100 + n}", Category = "ถนน", Unit = "สำนักปลัด", Text = [1],
            Status = ItaBot.Feedback.FeedbackStatus.New, Rating = rating, ReceivedAt = receivedAt,
        };
    }

    private static int Rated(JsonElement year, string service) => year.GetProperty(service).GetProperty("count").GetInt32();

    private static JsonElement Mean(JsonElement year, string service) => year.GetProperty(service).GetProperty("mean");

    /// <summary>The mean shown, how many ratings it rests on and the day it counts to.</summary>
    internal static (double Mean, int Count, string? Until) Published(JsonElement year, string service)
    {
        var rated = year.GetProperty(service);
        return (rated.GetProperty("mean").GetDouble(), rated.GetProperty("meanCount").GetInt32(), rated.GetProperty("meanUntil").GetString());
    }

    private static async Task<string> GetPageAsync(TestBot bot)
    {
        using var http = new HttpClient { BaseAddress = bot.Host.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        return await http.GetStringAsync("/stats");
    }

    private static int Received(JsonDocument json) =>
        json.RootElement.GetProperty("years")[0].GetProperty("complaints").GetProperty("received").GetInt32();

    private static async Task<JsonDocument> GetJsonAsync(TestBot bot)
    {
        using var http = new HttpClient { BaseAddress = bot.Host.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var response = await http.GetAsync("/stats.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static async Task<ItaBot.Reports.ComplaintStatisticsModel> BuildAsync(TestBot bot, int year)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        return await scope.ServiceProvider.GetRequiredService<ComplaintStatisticsBuilder>()
            .BuildAsync(db, year, null, ItaBot.Calendar.BangkokTime.DateOf(Now), CancellationToken.None);
    }

    [GeneratedRegex("<section id=\"fy-(\\d+)\"[^>]*>(.*?)</section>", RegexOptions.Singleline)]
    private static partial Regex SectionPattern();

    [GeneratedRegex("data-stat=\"([a-z-]+)\">([^<]*)<")]
    private static partial Regex StatPattern();
}
