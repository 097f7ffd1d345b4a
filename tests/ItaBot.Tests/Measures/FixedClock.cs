namespace ItaBot.Tests.Measures;

/// <summary>A clock standing at one instant; timers still run on real time, which these tests never wait on.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public static FixedClock AtBangkok(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromHours(7)));
}
