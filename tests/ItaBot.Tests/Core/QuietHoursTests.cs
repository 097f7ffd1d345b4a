using ItaBot.Alerts;
using ItaBot.Configuration;
using Microsoft.Extensions.Options;

namespace ItaBot.Tests.Core;

public sealed class QuietHoursTests
{
    private static readonly TimeSpan Bangkok = TimeSpan.FromHours(7);

    private static DateTimeOffset At(int day, int hour, int minute) => new(2025, 11, day, hour, minute, 0, Bangkok);

    private static QuietHours Quiet(string from, string until) =>
        new(Options.Create(new AlertOptions { QuietFrom = from, QuietUntil = until }));

    public static TheoryData<int, int, int, int, int, int> Overnight() => new()
    {
        // now (day, hour, minute) → released at (day, hour, minute), for quiet hours 21:00–07:00
        { 10, 12, 0, 10, 12, 0 },
        { 10, 20, 59, 10, 20, 59 },
        { 10, 21, 0, 11, 7, 0 },
        { 10, 23, 30, 11, 7, 0 },
        { 11, 0, 0, 11, 7, 0 },
        { 11, 3, 15, 11, 7, 0 },
        { 11, 6, 59, 11, 7, 0 },
        { 11, 7, 0, 11, 7, 0 },
        { 11, 7, 1, 11, 7, 1 },
    };

    [Theory]
    [MemberData(nameof(Overnight))]
    public void Overnight_quiet_hours_hold_alerts_until_the_morning(int day, int hour, int minute, int outDay, int outHour, int outMinute)
    {
        var released = Quiet("21:00", "07:00").ReleaseAt(At(day, hour, minute));

        Assert.Equal(At(outDay, outHour, outMinute), released);
    }

    [Theory]
    [InlineData(11, 59, 11, 59)]
    [InlineData(12, 0, 13, 0)]
    [InlineData(12, 30, 13, 0)]
    [InlineData(13, 0, 13, 0)]
    public void Quiet_hours_within_one_day_release_at_their_end_the_same_day(int hour, int minute, int outHour, int outMinute)
    {
        Assert.Equal(At(10, outHour, outMinute), Quiet("12:00", "13:00").ReleaseAt(At(10, hour, minute)));
    }

    [Fact]
    public void Equal_start_and_end_means_no_quiet_hours()
    {
        Assert.Equal(At(10, 23, 0), Quiet("00:00", "00:00").ReleaseAt(At(10, 23, 0)));
    }

    [Fact]
    public void The_hour_is_read_in_Bangkok_time_whatever_the_offset_of_the_input()
    {
        // 15:00 UTC is 22:00 in Bangkok: quiet.
        var released = Quiet("21:00", "07:00").ReleaseAt(new DateTimeOffset(2025, 11, 10, 15, 0, 0, TimeSpan.Zero));

        Assert.Equal(At(11, 7, 0), released);
    }
}
