using ItaBot.Security;
using ItaBot.Staff;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Outbox;

/// <summary>
/// Alerts wait in the outbox through quiet hours, and the person may be revoked, or given a role the alert is not
/// for, before morning. Just before sending, each alert's recipient is checked against the staff table as it is now.
/// </summary>
public sealed class AlertRecipientCheck(FieldCipher cipher, BlindIndex index)
{
    /// <summary>The ids of the alert rows whose recipient should no longer receive them.</summary>
    public async Task<IReadOnlySet<long>> WithdrawnAsync(ItaBotDb db, IReadOnlyList<OutboxMessage> rows, CancellationToken ct)
    {
        var alerts = rows.Where(r => AlertAudience.IsAlert(r.Purpose)).ToList();
        if (alerts.Count == 0) return new HashSet<long>();
        var roles = (await db.StaffMembers.AsNoTracking()
                .Where(s => s.Status == StaffStatus.Active && s.UserHash != null)
                .Select(s => new { s.UserHash, s.Role }).ToListAsync(ct))
            .ToLookup(s => s.UserHash!, s => s.Role);
        return alerts.Where(r => RecipientHash(r) is { } hash && !roles[hash].Any(role => AlertAudience.Receives(r.Purpose, role)))
            .Select(r => r.Id).ToHashSet();
    }

    // An unreadable row is left to the dispatcher, which marks it failed and logs why.
    private string? RecipientHash(OutboxMessage row)
    {
        try
        {
            return index.User(cipher.DecryptText(row.Target, OutboxComposer.TargetPurpose));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
