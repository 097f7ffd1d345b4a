using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Alerts;

/// <summary>
/// Remembers which alerts went out (keys such as due:12:review), so each fires once however often the scheduler
/// looks. The key is written with the pushes it stands for, so a crash between them cannot lose or double one.
/// </summary>
public static class AlertLedger
{
    /// <summary>Keys per lookup: each is one bound value in a single query.</summary>
    private const int LookupChunk = 500;

    public static async Task<bool> ClaimAsync(ItaBotDb db, string key, DateTimeOffset now, CancellationToken ct) =>
        (await ClaimAsync(db, [key], now, ct)).Count == 1;

    /// <summary>
    /// Claims every key not claimed before and returns those, in the order given. A whole round's keys are looked up
    /// together: one lookup and one scan of the tracked changes per key took minutes of CPU on a register with ten
    /// thousand open, overdue cases, on the cores the people's turns run on.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ClaimAsync(ItaBotDb db, IReadOnlyList<string> keys, DateTimeOffset now, CancellationToken ct)
    {
        var taken = db.AlertLog.Local.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Where(k => !taken.Contains(k)).Chunk(LookupChunk))
            taken.UnionWith(await db.AlertLog.AsNoTracking().Where(a => chunk.Contains(a.Key)).Select(a => a.Key).ToListAsync(ct));
        var claimed = new List<string>();
        foreach (var key in keys)
        {
            if (!taken.Add(key)) continue;
            db.AlertLog.Add(new AlertLogEntry { Key = key, At = now.ToUnixTimeMilliseconds() });
            claimed.Add(key);
        }
        return claimed;
    }

    public static string CaseKey(string kind, long caseId, string stage) => $"{kind}:{caseId}:{stage}";

    public static string ActivityKey(long activityId, string periodTo) => $"activity:{activityId}:{periodTo}";

    public static string DigestKey(DateOnly day) => "digest:" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
