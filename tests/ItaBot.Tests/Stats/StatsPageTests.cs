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
    public async Task An_average_with_nothing_measured_is_null_in_json_not_a_broken_number()
    {
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: new ManualClock(Now));
        var previous = (await GetJsonAsync(bot)).RootElement.GetProperty("years")[1];
        Assert.Equal(JsonValueKind.Null, previous.GetProperty("result").GetProperty("averageWorkingDays").ValueKind);
        Assert.Equal(1.0, previous.GetProperty("satisfaction").GetProperty("mean").GetDouble());
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
            Assert.Equal(year.GetProperty("satisfaction").GetProperty("count").ToString(), shown["satisfaction-count"]);
        }
        Assert.Contains("1.25", sections["2568"]);
        Assert.Contains("<svg", dom);
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
        return await scope.ServiceProvider.GetRequiredService<ComplaintStatisticsBuilder>().BuildAsync(db, year, null, CancellationToken.None);
    }

    [GeneratedRegex("<section id=\"fy-(\\d+)\"[^>]*>(.*?)</section>", RegexOptions.Singleline)]
    private static partial Regex SectionPattern();

    [GeneratedRegex("data-stat=\"([a-z-]+)\">([^<]*)<")]
    private static partial Regex StatPattern();
}
