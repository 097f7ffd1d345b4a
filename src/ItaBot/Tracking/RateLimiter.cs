using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Tracking;

/// <summary>
/// Counts failed guesses per person in a sliding hour, in the database so the limit survives restarts.
/// With 80-bit codes and 5 tries an hour, guessing a code would take far longer than any case lives.
/// </summary>
public static class RateLimiter
{
    public static async Task<bool> IsBlockedAsync(ItaBotDb db, string key, int perHour, DateTimeOffset now, CancellationToken ct)
    {
        var since = now.AddHours(-1).ToUnixTimeMilliseconds();
        var recent = await db.RateEvents.CountAsync(e => e.Key == key && e.At > since, ct)
                     + db.RateEvents.Local.Count(e => e.Key == key && e.At > since && e.Id == 0);
        return recent >= perHour;
    }

    public static void Record(ItaBotDb db, string key, DateTimeOffset now) =>
        db.RateEvents.Add(new RateEvent { Key = key, At = now.ToUnixTimeMilliseconds() });
}
