namespace ItaBot.Tests.Alerts;

/// <summary>A clock that moves only when the test says so.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset at) => _now = at;

    public void Advance(TimeSpan by) => _now += by;

    /// <summary>A Bangkok wall-clock time (UTC+7, no daylight saving).</summary>
    public static DateTimeOffset Bangkok(int year, int month, int day, int hour, int minute = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));
}
