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
    public static async Task<bool> ClaimAsync(ItaBotDb db, string key, DateTimeOffset now, CancellationToken ct)
    {
        if (db.AlertLog.Local.Any(a => a.Key == key) || await db.AlertLog.AnyAsync(a => a.Key == key, ct)) return false;
        db.AlertLog.Add(new AlertLogEntry { Key = key, At = now.ToUnixTimeMilliseconds() });
        return true;
    }

    public static string CaseKey(string kind, long caseId, string stage) => $"{kind}:{caseId}:{stage}";

    public static string ActivityKey(long activityId, string periodTo) => $"activity:{activityId}:{periodTo}";

    public static string DigestKey(DateOnly day) => "digest:" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
