namespace ItaBot.Tests.Support;

/// <summary>A clock that stands still until the test sets or moves it; timers and delays still run in real time.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset at) => _now = at;

    public void Advance(TimeSpan by) => _now += by;

    /// <summary>A Bangkok wall-clock time (UTC+7, no daylight saving).</summary>
    public static DateTimeOffset Bangkok(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.FromHours(7));
}
