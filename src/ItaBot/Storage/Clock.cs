namespace ItaBot.Storage;

/// <summary>Times are stored as Unix milliseconds: sortable, compact and free of time-zone ambiguity.</summary>
public static class Clock
{
    public static long Ms(this TimeProvider time) => time.GetUtcNow().ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
