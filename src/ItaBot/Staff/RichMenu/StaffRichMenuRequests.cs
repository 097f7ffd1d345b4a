using ItaBot.Configuration;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItaBot.Staff.RichMenu;

/// <summary>
/// Queues linking or unlinking a staff rich menu for one person in the caller's DbContext, so it commits with the
/// enrollment or revocation that caused it; <see cref="StaffRichMenuWorker"/> talks to LINE afterwards. A link names
/// no menu: the worker links the menu of the person's role at that moment (or unlinks when that menu has no image).
/// </summary>
public sealed class StaffRichMenuRequests(IOptions<LineOptions> options)
{
    /// <summary>True when at least one staff rich menu has an image configured.</summary>
    public bool Enabled => StaffRichMenuKind.All.Any(IsConfigured);

    public bool IsConfigured(StaffRichMenuKind kind) => kind.IsConfigured(options.Value);

    public async Task QueueAsync(ItaBotDb db, string? userHash, string action, DateTimeOffset now, CancellationToken ct)
    {
        if (Enabled) await QueueEvenIfDisabledAsync(db, userHash, action, now, ct);
    }

    /// <summary>
    /// For members who may hold a stored menu: when its image (even the last one) was emptied they must still be unlinked.
    /// </summary>
    public async Task QueueEvenIfDisabledAsync(ItaBotDb db, string? userHash, string action, DateTimeOffset now, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(userHash)) return;
        await db.RichMenuLinks.Where(l => l.UserHash == userHash && l.Status == RichMenuLinkStatus.Pending).LoadAsync(ct);
        // Only the newest wish counts: a link still waiting for a retry must not overtake the unlink that followed it.
        foreach (var older in db.RichMenuLinks.Local.Where(l => l.UserHash == userHash && l.Status == RichMenuLinkStatus.Pending))
            older.Status = RichMenuLinkStatus.Superseded;
        var ms = now.ToUnixTimeMilliseconds();
        db.RichMenuLinks.Add(new RichMenuLink
        {
            UserHash = userHash, Action = action, Status = RichMenuLinkStatus.Pending, NextAttemptAt = ms, CreatedAt = ms,
        });
    }
}
