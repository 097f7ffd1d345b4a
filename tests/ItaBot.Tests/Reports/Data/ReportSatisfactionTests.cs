using ItaBot.Tests.Support;

namespace ItaBot.Tests.Reports.Data;

/// <summary>
/// Report files go to the office, which may publish them (half-year and yearly reports are ITA evidence), and an admin
/// can ask for one every day in chat: they follow the same rule as /stats, so no two of them, nor a report and the
/// page, differ by one person's rating. The seed has two complaints rated in November 2024 (5 and 3).
/// </summary>
public sealed class ReportSatisfactionTests
{
    private const string Section = "ความพึงพอใจต่อการจัดการเรื่องร้องเรียน";

    [Fact]
    public async Task Reports_made_on_two_days_around_one_new_rating_show_the_same_mean()
    {
        var clock = new ManualClock(ManualClock.Bangkok(2025, 6, 15, 10));
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: clock);
        foreach (var (day, score) in new[] { (2, 4), (3, 4), (4, 2) }) await RateAsync(bot, StatisticsSeed.Bkk(2025, 5, day), score);
        var before = await SatisfactionRowsAsync(bot, "--fiscal-year", "2568");

        await RateAsync(bot, StatisticsSeed.Bkk(2025, 6, 15), 1);
        clock.Set(ManualClock.Bangkok(2025, 6, 16, 9));
        var after = await SatisfactionRowsAsync(bot, "--fiscal-year", "2568");

        Assert.Equal(["5", "3.6", "5", "2025-05-31"], before);
        Assert.Equal(["6", "3.6", "5", "2025-05-31"], after);
    }

    [Fact]
    public async Task A_half_year_report_shows_the_satisfaction_of_the_year_so_far_so_it_cannot_be_subtracted_from_the_year_s()
    {
        await using var bot = await ComplaintStatisticsFromDatabaseTests.SeededBotAsync(time: new ManualClock(ManualClock.Bangkok(2025, 10, 15, 10)));
        foreach (var (day, score) in new[] { (10, 4), (11, 4), (12, 2) })
            await StatisticsSeed.AddAsync(bot, StatisticsSeed.Extra(StatisticsSeed.Bkk(2025, 3, 3), "closed", satisfaction: score, ratedAt: StatisticsSeed.Bkk(2025, 3, day)));
        // The only rating of a complaint received in the second half: that half's own mean would be this one score.
        await RateAsync(bot, StatisticsSeed.Bkk(2025, 4, 20), 1);

        var firstHalf = await SatisfactionRowsAsync(bot, "--fiscal-year", "2568", "--half", "1");
        var secondHalf = await SatisfactionRowsAsync(bot, "--fiscal-year", "2568", "--half", "2");
        var year = await SatisfactionRowsAsync(bot, "--fiscal-year", "2568");

        Assert.Equal(["5", "3.6", "5", "2025-03-31"], firstHalf);
        Assert.Equal(["6", "3.6", "5", "2025-03-31"], year);
        Assert.Equal(year, secondHalf);
    }

    /// <summary>A complaint received on 1 April 2025 (the second half) and rated at <paramref name="at"/>.</summary>
    private static Task<long> RateAsync(TestBot bot, long at, int score) =>
        StatisticsSeed.AddAsync(bot, StatisticsSeed.Extra(StatisticsSeed.Bkk(2025, 4, 1), "closed", satisfaction: score, ratedAt: at));

    /// <summary>The complaint satisfaction rows of a CSV report: rated so far, mean, ratings it rests on, the day it counts to.</summary>
    private static async Task<string[]> SatisfactionRowsAsync(TestBot bot, params string[] options)
    {
        var path = Path.Combine(bot.Directory, Guid.NewGuid().ToString("N") + ".csv");
        var (code, _, error) = await bot.CliAsync(["report", "complaints", .. options, "--out", path]);
        Assert.True(code == 0, error);
        return CsvReader.Parse(File.ReadAllText(path).TrimStart('\uFEFF')).Where(r => r[0] == Section).Select(r => r[2]).ToArray();
    }
}
