using ItaBot.Tests.Support;
using ItaBot.Calendar;
using ItaBot.Measures;
using ItaBot.Measures.Import;
using ItaBot.Storage.Entities;

namespace ItaBot.Tests.Measures;

public sealed class ActivityTimingTests
{
    // Fiscal year 2568 runs 1 Oct 2024 – 30 Sep 2025; the clock is read in Bangkok (UTC+7).
    public static TheoryData<string, string?, bool, string, int, int, int, int, int, bool> Cases => new()
    {
        // name, period to, all year, status, clock y/m/d h:m (Bangkok), overdue?
        { "last day of the period is not late yet", "2025-03-31", false, "not_started", 2025, 3, 31, 23, 59, false },
        { "the morning after the period it is late", "2025-03-31", false, "not_started", 2025, 4, 1, 0, 0, true },
        { "in progress past its period is late", "2025-03-31", false, "in_progress", 2025, 6, 1, 9, 0, true },
        { "done is never late", "2025-03-31", false, "done", 2025, 6, 1, 9, 0, false },
        { "before the period ends it is not late", "2025-03-31", false, "not_started", 2024, 11, 1, 9, 0, false },
        { "all year runs to 30 September", null, true, "in_progress", 2025, 9, 30, 23, 59, false },
        { "all year is late from 1 October", null, true, "in_progress", 2025, 10, 1, 0, 0, true },
        { "all year done after the year is not late", null, true, "done", 2025, 12, 1, 9, 0, false },
        { "no period counts as all year before its end", null, false, "not_started", 2025, 9, 1, 9, 0, false },
        { "no period is late after the fiscal year", null, false, "not_started", 2025, 10, 2, 9, 0, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Overdue_is_derived_from_the_period_end_and_today_in_Bangkok(string name, string? to, bool allYear, string status,
        int y, int m, int d, int h, int min, bool overdue)
    {
        var clock = new ManualClock(ManualClock.Bangkok(y, m, d, h, min));
        var activity = new MeasureActivity { PeriodFrom = to is null ? null : "2024-10-01", PeriodTo = to, AllYear = allYear, Status = status };
        var today = BangkokTime.Today(clock);

        Assert.True(overdue == ActivityTiming.IsOverdue(activity, 2568, today), name);
        Assert.Equal(overdue ? ActivityStates.Overdue : status, ActivityTiming.StateOf(activity, 2568, today));
    }

    [Fact]
    public void Midnight_in_Bangkok_is_still_the_previous_day_in_UTC_but_counts_as_the_next()
    {
        var clock = new ManualClock(new DateTimeOffset(2025, 3, 31, 17, 0, 0, TimeSpan.Zero));
        var activity = new MeasureActivity { PeriodFrom = "2024-10-01", PeriodTo = "2025-03-31", Status = ActivityStatuses.InProgress };
        Assert.True(ActivityTiming.IsOverdue(activity, 2568, BangkokTime.Today(clock)));
    }
}
