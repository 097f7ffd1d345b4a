using ItaBot.Calendar;

namespace ItaBot.Tests.Calendar;

/// <summary>The real thai-holidays.json as the app loads it, so the tests check the shipped data too.</summary>
internal static class ShippedCalendar
{
    public static HolidayCalendar Instance { get; } = HolidayCalendar.Load(HolidayCalendar.DefaultPath);

    public static WorkingDays WorkingDays { get; } = new(Instance);

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");
}
