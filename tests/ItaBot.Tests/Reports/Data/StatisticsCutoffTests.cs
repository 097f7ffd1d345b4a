using ItaBot.Reports.Data;

namespace ItaBot.Tests.Reports.Data;

public sealed class StatisticsCutoffTests
{
    private static readonly ReportPeriod Year2568 = ReportPeriod.Of(2568, null);
    private static readonly ReportPeriod FirstHalf2568 = ReportPeriod.Of(2568, 1);

    [Fact]
    public void A_period_still_running_counts_to_the_end_of_yesterday()
    {
        var cutoff = StatisticsCutoff.Default(Year2568, new DateOnly(2025, 6, 15));

        Assert.Equal(new DateOnly(2025, 6, 14), cutoff.DataUntil);
        Assert.Equal(new DateTimeOffset(2025, 6, 15, 0, 0, 0, TimeSpan.FromHours(7)), cutoff.Instant);
    }

    [Fact]
    public void A_finished_period_counts_to_its_own_last_day_however_late_it_is_asked_for()
    {
        Assert.Equal(new DateOnly(2025, 3, 31), StatisticsCutoff.Default(FirstHalf2568, new DateOnly(2025, 4, 1)).DataUntil);
        Assert.Equal(new DateOnly(2025, 3, 31), StatisticsCutoff.Default(FirstHalf2568, new DateOnly(2026, 11, 22)).DataUntil);
    }

    [Fact]
    public void On_the_first_day_of_a_period_nothing_of_it_is_counted_yet()
    {
        var cutoff = StatisticsCutoff.Default(Year2568, new DateOnly(2024, 10, 1));

        Assert.Equal(new DateOnly(2024, 9, 30), cutoff.DataUntil);
        Assert.Equal(Year2568.StartMs, cutoff.Instant.ToUnixTimeMilliseconds());
    }

    [Fact]
    public void A_day_asked_for_may_be_inside_the_period_or_after_it()
    {
        var today = new DateOnly(2025, 6, 15);

        Assert.Equal(new DateOnly(2025, 1, 31), StatisticsCutoff.AsOf(Year2568, today, new DateOnly(2025, 1, 31)).DataUntil);
        Assert.Equal(new DateOnly(2025, 6, 14), StatisticsCutoff.AsOf(FirstHalf2568, today, new DateOnly(2025, 6, 14)).DataUntil);
    }

    [Theory]
    [InlineData("2025-06-15", "not over yet")]
    [InlineData("2025-07-01", "not over yet")]
    [InlineData("2024-09-30", "before the period begins")]
    public void Today_a_later_day_or_a_day_before_the_period_cannot_be_asked_for(string day, string reason)
    {
        var asked = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Contains(reason, StatisticsCutoff.Refusal(Year2568, new DateOnly(2025, 6, 15), asked));
        Assert.Throws<ArgumentException>(() => StatisticsCutoff.AsOf(Year2568, new DateOnly(2025, 6, 15), asked));
    }
}
