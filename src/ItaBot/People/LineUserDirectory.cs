using ItaBot.Security;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.People;

/// <summary>
/// The LINE users the bot has met. Rows are keyed by a blind index; the raw id is kept encrypted only because a
/// later push (a case update, an alert) needs it.
/// </summary>
public sealed class LineUserDirectory(FieldCipher cipher, BlindIndex index)
{
    private const string Purpose = "user.lineid";
    private const long LastSeenGranularityMs = 10 * 60 * 1000;

    public async Task<LineUser> TouchAsync(ItaBotDb db, string userId, DateTimeOffset now, CancellationToken ct)
    {
        var hash = index.User(userId);
        var user = db.LineUsers.Local.FirstOrDefault(u => u.UserHash == hash) ?? TurnReads.UserByHash(db, hash);
        var ms = now.ToUnixTimeMilliseconds();
        if (user is null)
        {
            user = new LineUser { UserHash = hash, UserIdEnc = cipher.EncryptText(userId, Purpose), FirstSeen = ms, LastSeen = ms };
            TurnReads.Insert(db, user);
        }
        else if (ms - user.LastSeen > LastSeenGranularityMs || user.Blocked)
        {
            // Minute-exact "last seen" is not worth a write on every turn of a busy conversation.
            user.LastSeen = ms;
            user.Blocked = false;
        }
        return user;
    }

    public async Task MarkBlockedAsync(ItaBotDb db, string userId, CancellationToken ct)
    {
        var hash = index.User(userId);
        var user = await db.LineUsers.FirstOrDefaultAsync(u => u.UserHash == hash, ct);
        if (user is not null) user.Blocked = true;
    }

    public async Task<string?> UserIdAsync(ItaBotDb db, string userHash, CancellationToken ct)
    {
        var user = await db.LineUsers.AsNoTracking().FirstOrDefaultAsync(u => u.UserHash == userHash, ct);
        return user is null ? null : cipher.DecryptText(user.UserIdEnc, Purpose);
    }

    public string Hash(string userId) => index.User(userId);
}
