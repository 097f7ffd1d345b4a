using ItaBot.Tests.Support;
using ItaBot.Calendar;

namespace ItaBot.Tests.Calendar;

public sealed class BangkokTimeTests
{
    [Fact]
    public void Without_tzdata_the_zone_falls_back_to_a_fixed_utc_plus_seven()
    {
        var zone = BangkokTime.Resolve(_ => throw new TimeZoneNotFoundException());

        Assert.Equal(TimeSpan.FromHours(7), zone.GetUtcOffset(new DateTime(2025, 6, 1)));
        Assert.False(zone.SupportsDaylightSavingTime);
    }

    [Fact]
    public void The_resolved_zone_is_utc_plus_seven()
    {
        Assert.Equal(TimeSpan.FromHours(7), BangkokTime.Zone.GetUtcOffset(new DateTime(2025, 1, 1)));
    }

    [Theory]
    [InlineData("2025-09-30T17:00:00+00:00", "2025-10-01")] // already the new fiscal year in Bangkok
    [InlineData("2025-09-30T16:59:59+00:00", "2025-09-30")]
    [InlineData("2025-12-31T17:00:00+00:00", "2026-01-01")]
    public void Today_is_the_bangkok_date_of_the_clock(string utcNow, string expected)
    {
        var clock = new ManualClock(DateTimeOffset.Parse(utcNow));

        Assert.Equal(ShippedCalendar.Day(expected), BangkokTime.Today(clock));
    }
}
