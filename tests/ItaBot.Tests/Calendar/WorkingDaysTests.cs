using ItaBot.Calendar;

namespace ItaBot.Tests.Calendar;

public sealed class WorkingDaysTests
{
    private static readonly WorkingDays Days = ShippedCalendar.WorkingDays;

    [Theory]
    [InlineData("2025-01-03", 1, "2025-01-06")] // Friday plus one is Monday
    [InlineData("2025-04-04", 1, "2025-04-08")] // Monday 7 Apr is วันหยุดชดเชยวันจักรี, so Tuesday
    [InlineData("2025-01-04", 1, "2025-01-07")] // received Saturday: counts from Monday
    [InlineData("2025-01-04", 0, "2025-01-06")] // received Saturday, due the same working day
    [InlineData("2025-01-06", 0, "2025-01-06")]
    [InlineData("2025-04-11", 1, "2025-04-17")] // Songkran run 12–16 Apr incl. the substitution day
    [InlineData("2025-04-07", 7, "2025-04-22")] // received on a substitution day, seven days across Songkran
    [InlineData("2025-12-30", 1, "2026-01-05")] // New Year run 31 Dec–4 Jan across the calendar year
    [InlineData("2025-12-31", 0, "2026-01-05")] // received on วันสิ้นปี
    [InlineData("2025-09-30", 1, "2025-10-01")] // fiscal-year boundary 2568 → 2569
    [InlineData("2026-10-09", 2, "2026-10-14")] // 13 Oct วันนวมินทรมหาราช
    [InlineData("2026-12-04", 1, "2026-12-08")] // 5 Dec on Saturday, made up on Monday 7 Dec
    [InlineData("2027-07-16", 1, "2027-07-21")] // อาสาฬหบูชา Sunday, เข้าพรรษา Monday, substitution Tuesday
    [InlineData("2025-05-30", 1, "2025-06-04")] // special holiday 2 Jun then the Queen's birthday 3 Jun
    [InlineData("2027-12-30", 2, "2028-01-04")] // runs off the end of the file: 2028 counts weekends only
    [InlineData("2028-01-07", 1, "2028-01-10")] // wholly beyond the file
    public void AddWorkingDays_skips_weekends_and_holidays(string start, int n, string expected)
    {
        Assert.Equal(ShippedCalendar.Day(expected), Days.AddWorkingDays(ShippedCalendar.Day(start), n));
    }

    [Theory]
    [InlineData("2025-01-03", "2025-01-06", 1)]
    [InlineData("2025-01-06", "2025-01-06", 0)]
    [InlineData("2025-01-06", "2025-01-03", -1)]
    [InlineData("2025-04-11", "2025-04-17", 1)]
    [InlineData("2025-12-30", "2026-01-05", 1)]
    [InlineData("2025-09-29", "2025-10-31", 22)]
    [InlineData("2025-09-30", "2026-09-30", 241)] // working days in fiscal year 2569
    public void CountBetween_counts_working_days_after_the_start_up_to_the_end(string from, string to, int expected)
    {
        Assert.Equal(expected, Days.CountBetween(ShippedCalendar.Day(from), ShippedCalendar.Day(to)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(15)]
    public void CountBetween_undoes_AddWorkingDays_from_every_working_day_in_the_covered_years(int n)
    {
        for (var day = new DateOnly(2025, 1, 1); day.Year <= 2027; day = day.AddDays(1))
        {
            if (!Days.Calendar.IsWorkingDay(day))
                continue;
            Assert.Equal(n, Days.CountBetween(day, Days.AddWorkingDays(day, n)));
        }
    }

    [Theory]
    [InlineData("2025-01-03", 7, "2025-01-10")]
    [InlineData("2025-04-10", 7, "2025-04-17")] // holidays count towards วัน
    [InlineData("2025-12-28", 7, "2026-01-04")] // lands on a Sunday and stays there
    [InlineData("2025-09-30", 0, "2025-09-30")]
    public void AddCalendarDays_counts_every_day_after_receipt(string start, int n, string expected)
    {
        Assert.Equal(ShippedCalendar.Day(expected), Days.AddCalendarDays(ShippedCalendar.Day(start), n));
    }

    [Theory]
    [InlineData("2025-01-03T10:00:00+07:00", 1, "2025-01-06T16:30:00+07:00")]
    [InlineData("2025-01-03T02:00:00+00:00", 1, "2025-01-06T16:30:00+07:00")]
    [InlineData("2025-01-02T20:00:00+00:00", 1, "2025-01-06T16:30:00+07:00")] // Thursday in UTC, Friday in Bangkok
    [InlineData("2025-01-02T16:59:00+00:00", 1, "2025-01-03T16:30:00+07:00")] // 23:59 Thursday in Bangkok
    [InlineData("2025-04-04T15:00:00+07:00", 1, "2025-04-08T16:30:00+07:00")]
    [InlineData("2025-12-31T09:00:00+07:00", 0, "2026-01-05T16:30:00+07:00")]
    public void DueAt_is_office_closing_time_in_Bangkok_on_the_due_day(string received, int n, string expected)
    {
        var due = Days.DueAt(DateTimeOffset.Parse(received), n);

        Assert.Equal(DateTimeOffset.Parse(expected), due);
        Assert.Equal(TimeSpan.FromHours(7), due.Offset);
    }

    [Fact]
    public void DueAt_uses_the_closing_time_it_is_given()
    {
        var due = Days.DueAt(DateTimeOffset.Parse("2025-01-03T10:00:00+07:00"), 1, new TimeOnly(15, 0));

        Assert.Equal(DateTimeOffset.Parse("2025-01-06T15:00:00+07:00"), due);
    }

    [Fact]
    public void A_negative_number_of_days_is_rejected()
    {
        var day = new DateOnly(2025, 1, 6);

        Assert.Throws<ArgumentOutOfRangeException>(() => Days.AddWorkingDays(day, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Days.AddCalendarDays(day, -1));
    }
}
