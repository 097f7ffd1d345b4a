using ItaBot.Audit;
using ItaBot.Outbox;
using ItaBot.Security;
using ItaBot.Staff;
using ItaBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Privacy;

/// <summary>
/// A data subject's erasure request (PDPA section 33). Everything linked to the LINE account goes, except what an
/// open complaint still needs to be handled and answered (the complainant's identity and the means to reach them)
/// and an active staff membership; those are kept and the reason is given, so the request can be repeated later.
/// Closed complaints stay as official records but lose the name, phone and link to the account.
/// </summary>
public sealed class SubjectErasure(BlindIndex index, Database database)
{
    public async Task<ErasureResult> EraseAsync(ItaBotDb db, string lineUserId, DateTimeOffset now, CancellationToken ct)
    {
        var hash = index.User(lineUserId);
        var chat = index.Chat(lineUserId);
        var erased = new List<string>();
        var kept = new List<string>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var open = await db.Complaints.Where(c => c.ComplainantHash == hash && c.ClosedAt == null).Select(c => c.CaseNo).ToListAsync(ct);
        foreach (var caseNo in open)
            kept.Add($"complaint {caseNo} is still open: the complainant's identity and LINE account are needed to handle and answer it; ask again once it is closed");
        var activeStaff = await db.StaffMembers.Where(s => s.UserHash == hash && s.Status == StaffStatus.Active).Select(s => s.Id).ToListAsync(ct);
        foreach (var id in activeStaff)
            kept.Add($"staff member #{id} is active with this LINE account; revoke it first (`staff revoke {id}`)");

        var closed = await db.Complaints.Where(c => c.ComplainantHash == hash && c.ClosedAt != null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Identity, (byte[]?)null).SetProperty(c => c.ComplainantHash, (string?)null), ct);
        if (closed > 0) erased.Add($"name, phone and account link removed from {closed} closed complaint(s) (the case records stay for their retention period)");

        var photos = await db.Feedback.Where(f => f.UserHash == hash && f.PhotoPath != null).Select(f => f.PhotoPath!).ToListAsync(ct);
        foreach (var path in photos.Where(File.Exists)) File.Delete(path);
        Count(erased, "feedback entries", await db.Feedback.Where(f => f.UserHash == hash).ExecuteDeleteAsync(ct));
        Count(erased, "conversation state", await db.DialogStates.Where(d => d.ChatKey == chat).ExecuteDeleteAsync(ct));
        Count(erased, "stored webhook events", await db.InboxEvents.Where(e => e.ChatKey == chat && e.Status != 0).ExecuteDeleteAsync(ct));
        var outbox = open.Count > 0
            ? db.OutboxMessages.Where(o => o.ChatKey == chat && o.Status != OutboxStatus.Pending)
            : db.OutboxMessages.Where(o => o.ChatKey == chat);
        Count(erased, "outgoing messages", await outbox.ExecuteDeleteAsync(ct));
        Count(erased, "rate-limit counters", await db.RateEvents.Where(r => r.Key.EndsWith(":" + hash)).ExecuteDeleteAsync(ct));
        if (open.Count == 0)
            Count(erased, "LINE account record", await db.LineUsers.Where(u => u.UserHash == hash).ExecuteDeleteAsync(ct));
        if (activeStaff.Count == 0)
            Count(erased, "ended staff memberships", await db.StaffMembers.Where(s => s.UserHash == hash).ExecuteDeleteAsync(ct));

        AuditLog.Add(db, now, "cli", "privacy.erased", "privacy-request", $"erased {erased.Count} kinds, kept {kept.Count}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        // secure_delete zeroed the rows in place; the checkpoint also drops the old page copies from the WAL.
        WalTruncation.Run(database);
        return new ErasureResult(erased, kept);
    }

    private static void Count(List<string> erased, string what, int rows)
    {
        if (rows > 0) erased.Add($"{rows} {what}");
    }
}
