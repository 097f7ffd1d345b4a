using System.Net;
using System.Text.Json;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using ItaBot.Tests.Reports.Data;
using ItaBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.Stats;

/// <summary>
/// The attack the satisfaction rule closes: two published figures that differ by one rating give that rating away,
/// (n + 1) × new mean − n × old mean. The seed has two complaints rated (5 and 3, November 2024); each test adds
/// three more in May 2025 (4, 4, 2), so a first mean of five ratings, 3.6, is let out at the end of May.
/// </summary>
public sealed class SatisfactionDifferencingTests
{
    private static readonly DateTimeOffset Now = ManualClock.Bangkok(2025, 6, 15, 10);

    [Fact]
    public async Task Two_days_pages_around_one_new_rating_show_the_same_mean_so_the_rating_cannot_be_worked_out()
    {
        var clock = new ManualClock(Now);
        await using var bot = await BotWithFiveRatingsByMayAsync(clock);
        var before = await ComplaintRatingsAsync(bot);

        await RateAsync(bot, StatisticsSeed.Bkk(2025, 6, 15), 1);
        clock.Set(ManualClock.Bangkok(2025, 6, 16, 9));
        var after = await ComplaintRatingsAsync(bot);

        Assert.Equal((5, 6), (Count(before), Count(after)));
        Assert.Equal((3.6, 5, "2025-05-31"), StatsPageTests.Published(before, "complaintSatisfaction"));
        Assert.Equal(StatsPageTests.Published(before, "complaintSatisfaction"), StatsPageTests.Published(after, "complaintSatisfaction"));
    }

    [Fact]
    public async Task The_end_of_a_month_that_brought_one_new_rating_publishes_no_new_mean_either()
    {
        var clock = new ManualClock(Now);
        await using var bot = await BotWithFiveRatingsByMayAsync(clock);
        var june = await ComplaintRatingsAsync(bot);

        await RateAsync(bot, StatisticsSeed.Bkk(2025, 6, 20), 1);
        clock.Set(ManualClock.Bangkok(2025, 7, 1, 9));
        var july = await ComplaintRatingsAsync(bot);

        // Publishing at each month-end alone would have shown (3.6 × 5 + 1) / 6 = 3.17 here, and so the 1.
        Assert.Equal(6, Count(july));
        Assert.Equal(StatsPageTests.Published(june, "complaintSatisfaction"), StatsPageTests.Published(july, "complaintSatisfaction"));
    }

    [Fact]
    public async Task A_new_mean_is_published_at_the_first_month_end_by_which_five_more_people_have_rated()
    {
        var clock = new ManualClock(Now);
        await using var bot = await BotWithFiveRatingsByMayAsync(clock);
        foreach (var day in new[] { 16, 17, 18, 19 }) await RateAsync(bot, StatisticsSeed.Bkk(2025, 6, day), 5);
        clock.Set(ManualClock.Bangkok(2025, 7, 1, 9));
        var four = await ComplaintRatingsAsync(bot);

        await RateAsync(bot, StatisticsSeed.Bkk(2025, 7, 3), 1);
        clock.Set(ManualClock.Bangkok(2025, 8, 1, 9));
        var five = await ComplaintRatingsAsync(bot);

        Assert.Equal((3.6, 5, "2025-05-31"), StatsPageTests.Published(four, "complaintSatisfaction"));
        Assert.Equal((3.9, 10, "2025-07-31"), StatsPageTests.Published(five, "complaintSatisfaction"));
    }

    [Fact]
    public async Task A_mean_once_published_stays_as_it_was_when_one_of_its_ratings_is_later_erased()
    {
        var clock = new ManualClock(Now);
        await using var bot = await BotWithFiveRatingsByMayAsync(clock);
        var before = await ComplaintRatingsAsync(bot);

        // As the purge or an erasure would: the rating of 2 given in May is gone.
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
            await db.Complaints.Where(c => c.Satisfaction == 2).ExecuteDeleteAsync();
        }
        clock.Set(ManualClock.Bangkok(2025, 6, 16, 9));
        var after = await ComplaintRatingsAsync(bot);

        // Recomputed, May would now be 4.0 over four, and the two pages together would give the erased person's 2.
        Assert.Equal(4, Count(after));
        Assert.Equal(StatsPageTests.Published(before, "complaintSatisfaction"), StatsPageTests.Published(after, "complaintSatisfaction"));
    }

    [Fact]
    public async Task Five_ratings_given_this_month_are_counted_but_their_mean_waits_for_the_month_to_end_and_the_page_says_so()
    {
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: new ManualClock(Now));
        foreach (var (day, score) in new[] { (2, 4), (3, 4), (4, 2) }) await RateAsync(bot, StatisticsSeed.Bkk(2025, 6, day), score);

        var year = await ComplaintRatingsAsync(bot);
        using var http = new HttpClient { BaseAddress = bot.Host.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var page = await http.GetStringAsync("/stats");

        Assert.Equal(5, Count(year));
        Assert.Equal(JsonValueKind.Null, year.GetProperty("complaintSatisfaction").GetProperty("mean").ValueKind);
        Assert.Contains("data-stat=\"complaint-satisfaction-mean\">ยังไม่แสดง (แสดงเมื่อสิ้นเดือน)<", page);
        Assert.Contains("ปรับใหม่เมื่อมีผู้ประเมินเพิ่มอย่างน้อย 5 คน", page);
    }

    [Fact]
    public async Task The_page_shows_the_mean_with_the_number_of_ratings_and_the_day_it_counts_to()
    {
        await using var bot = await BotWithFiveRatingsByMayAsync(new ManualClock(Now));
        await RateAsync(bot, StatisticsSeed.Bkk(2025, 6, 2), 1);
        using var http = new HttpClient { BaseAddress = bot.Host.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };

        var page = await http.GetStringAsync("/stats");

        Assert.Contains("data-stat=\"complaint-satisfaction-count\">6<", page);
        Assert.Contains("data-stat=\"complaint-satisfaction-mean\">3.60<", page);
        Assert.Contains("data-stat=\"complaint-satisfaction-mean-count\">5<", page);
        Assert.Contains("data-stat=\"complaint-satisfaction-mean-until\">31 พฤษภาคม 2568<", page);
    }

    private static async Task<TestBot> BotWithFiveRatingsByMayAsync(ManualClock clock)
    {
        var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: clock);
        foreach (var (day, score) in new[] { (2, 4), (3, 4), (4, 2) }) await RateAsync(bot, StatisticsSeed.Bkk(2025, 5, day), score);
        return bot;
    }

    /// <summary>A complaint received on 1 May 2025 and rated at <paramref name="at"/>.</summary>
    private static Task<long> RateAsync(TestBot bot, long at, int score) =>
        StatisticsSeed.AddAsync(bot, StatisticsSeed.Extra(StatisticsSeed.Bkk(2025, 5, 1), "closed", satisfaction: score, ratedAt: at));

    private static int Count(JsonElement year) => year.GetProperty("complaintSatisfaction").GetProperty("count").GetInt32();

    /// <summary>The current fiscal year as /stats.json shows it.</summary>
    private static async Task<JsonElement> ComplaintRatingsAsync(TestBot bot)
    {
        using var http = new HttpClient { BaseAddress = bot.Host.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var response = await http.GetAsync("/stats.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("years")[0].Clone();
    }
}
