using System.Text.Json;
using ItaBot.Calendar;

namespace ItaBot.Tests.Calendar;

public sealed class HolidayCalendarTests
{
    private static readonly HolidayCalendar Calendar = ShippedCalendar.Instance;

    [Fact]
    public void The_shipped_file_covers_2025_to_2027()
    {
        Assert.Equal([2025, 2026, 2027], Calendar.CoveredYears);
    }

    [Theory]
    [InlineData("2025-01-01", "วันขึ้นปีใหม่")]
    [InlineData("2025-02-12", "วันมาฆบูชา")]
    [InlineData("2025-04-07", "วันหยุดชดเชยวันจักรี")]
    [InlineData("2025-04-13", "วันสงกรานต์")]
    [InlineData("2025-04-16", "วันหยุดชดเชยวันสงกรานต์")]
    [InlineData("2025-05-09", "วันพืชมงคล")]
    [InlineData("2025-05-12", "วันหยุดชดเชยวันวิสาขบูชา")]
    [InlineData("2025-06-02", "วันหยุดราชการเพิ่มเป็นกรณีพิเศษ")]
    [InlineData("2025-07-10", "วันอาสาฬหบูชา")]
    [InlineData("2025-07-11", "วันเข้าพรรษา")]
    [InlineData("2025-08-11", "วันหยุดราชการเพิ่มเป็นกรณีพิเศษ")]
    [InlineData("2025-12-31", "วันสิ้นปี")]
    [InlineData("2026-01-02", "วันหยุดราชการเพิ่มเป็นกรณีพิเศษ")]
    [InlineData("2026-03-03", "วันมาฆบูชา")]
    [InlineData("2026-06-01", "วันหยุดชดเชยวันวิสาขบูชา")]
    [InlineData("2026-07-29", "วันอาสาฬหบูชา")]
    [InlineData("2026-12-07", "วันหยุดชดเชยวันชาติ และวันพ่อแห่งชาติ")]
    [InlineData("2027-07-20", "วันหยุดชดเชยวันอาสาฬหบูชา")]
    [InlineData("2027-10-25", "วันหยุดชดเชยวันปิยมหาราช")]
    public void A_listed_holiday_is_a_holiday_with_its_thai_name(string iso, string name)
    {
        var day = ShippedCalendar.Day(iso);

        Assert.True(Calendar.IsHoliday(day));
        Assert.Equal(name, Calendar.HolidayName(day));
        Assert.False(Calendar.IsWorkingDay(day));
    }

    [Theory]
    [InlineData("2025-05-01", true)]   // วันแรงงาน: government offices stay open
    [InlineData("2025-01-06", true)]   // an ordinary Monday
    [InlineData("2025-09-30", true)]   // last day of fiscal year 2568
    [InlineData("2025-10-01", true)]   // first day of fiscal year 2569
    [InlineData("2025-01-11", false)]  // Saturday (วันเด็ก, not a day off on its own)
    [InlineData("2025-01-12", false)]  // Sunday
    [InlineData("2025-10-13", false)]  // วันนวมินทรมหาราช
    [InlineData("2026-12-05", false)]  // Saturday holiday
    [InlineData("2028-01-03", true)]   // beyond the file: only weekends count
    [InlineData("2028-01-01", false)]  // beyond the file, Saturday
    [InlineData("2024-12-30", true)]   // before the file: weekends only, though it was a special holiday
    public void A_day_is_a_working_day_only_off_weekends_and_holidays(string iso, bool working)
    {
        Assert.Equal(working, Calendar.IsWorkingDay(ShippedCalendar.Day(iso)));
    }

    [Theory]
    [InlineData("2025-01-01", true)]
    [InlineData("2027-12-31", true)]
    [InlineData("2024-12-31", false)]
    [InlineData("2028-01-01", false)]
    public void Covers_tells_whether_the_file_lists_that_year(string iso, bool covered)
    {
        Assert.Equal(covered, Calendar.Covers(ShippedCalendar.Day(iso)));
    }

    [Fact]
    public void A_day_that_is_not_listed_has_no_holiday_name()
    {
        Assert.Null(Calendar.HolidayName(ShippedCalendar.Day("2025-01-02")));
        Assert.False(Calendar.IsHoliday(ShippedCalendar.Day("2025-01-02")));
    }

    [Fact]
    public void Every_weekend_holiday_in_the_file_is_made_up_by_a_substitution_day_that_names_it()
    {
        var entries = ShippedEntries().ToList();
        var weekendHolidays = entries.Where(e => e.Kind == "statutory" && HolidayCalendar.IsWeekend(e.Date));

        foreach (var holiday in weekendHolidays)
        {
            var madeUp = entries.Any(e => e.Kind == "substitution"
                && e.Date > holiday.Date && e.Date <= holiday.Date.AddDays(4)
                && e.Name.Contains(holiday.Name, StringComparison.Ordinal));
            Assert.True(madeUp, $"{holiday.Date} {holiday.Name} falls on a weekend but has no วันหยุดชดเชย");
        }
    }

    [Fact]
    public void Substitution_and_special_days_fall_on_weekdays()
    {
        var offWeekend = ShippedEntries().Where(e => e.Kind != "statutory" && HolidayCalendar.IsWeekend(e.Date));

        Assert.Empty(offWeekend);
    }

    [Fact]
    public void The_shipped_file_explains_its_format_in_about()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(HolidayCalendar.DefaultPath));
        var about = string.Concat(document.RootElement.GetProperty("about").EnumerateArray().Select(e => e.GetString()));

        Assert.Contains("To add a year", about);
        Assert.Contains("coveredYears", about);
    }

    private static IEnumerable<(DateOnly Date, string Name, string Kind)> ShippedEntries()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(HolidayCalendar.DefaultPath));
        return document.RootElement.GetProperty("holidays").EnumerateArray()
            .Select(e => (ShippedCalendar.Day(e.GetProperty("date").GetString()!),
                e.GetProperty("name").GetString()!, e.GetProperty("kind").GetString()!))
            .ToList();
    }
}
