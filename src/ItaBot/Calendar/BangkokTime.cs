namespace ItaBot.Calendar;

/// <summary>
/// Thai office time. Deadlines are calendar days in Bangkok, not in UTC: a complaint sent at 03:00 Bangkok
/// time is still received "today" even though UTC says yesterday.
/// </summary>
public static class BangkokTime
{
    public const string ZoneId = "Asia/Bangkok";

    /// <summary>Thailand has kept UTC+7 without daylight saving since 1920.</summary>
    public static readonly TimeSpan StandardOffset = TimeSpan.FromHours(7);

    public static TimeZoneInfo Zone { get; } = Resolve(TimeZoneInfo.FindSystemTimeZoneById);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }

    /// <summary>The instant at the given Bangkok wall-clock time on the given day.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    // Slim container images often ship without tzdata; a fixed offset is exact for Thailand.
    internal static TimeZoneInfo Resolve(Func<string, TimeZoneInfo> find)
    {
        try
        {
            return find(ZoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone(ZoneId, StandardOffset, "Bangkok (UTC+07:00)", "ICT");
        }
    }
}
