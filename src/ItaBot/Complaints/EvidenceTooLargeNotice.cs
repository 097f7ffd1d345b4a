using ItaBot.Configuration;
using ItaBot.Conversation;
using ItaBot.Outbox;
using ItaBot.People;
using ItaBot.Storage;
using Microsoft.Extensions.Options;

namespace ItaBot.Complaints;

/// <summary>
/// Tells an identified complainant that a file of their complaint was too large to keep, so they bring it in instead
/// of believing it arrived. Videos carry no size in the webhook, so this is only known once the fetcher asks LINE.
/// Anonymous complainants are not linked to any LINE account; the officer sees the same on the case card.
/// </summary>
public sealed class EvidenceTooLargeNotice(OutboxComposer outbox, LineUserDirectory users, Texts texts, IOptions<StorageOptions> storage)
{
    public const string TextKey = "complaint.evidence_too_large";

    /// <returns>Whether a message was queued.</returns>
    public async Task<bool> TellAsync(ItaBotDb db, long complaintId, DateTimeOffset now, CancellationToken ct)
    {
        var complaint = await db.Complaints.FindAsync([complaintId], ct);
        if (complaint?.ComplainantHash is null) return false;
        var userId = await users.UserIdAsync(db, complaint.ComplainantHash, ct);
        if (userId is null) return false;
        var message = texts.Message(TextKey, Texts.Values(
            ("case_no", complaint.CaseNo),
            ("max_mb", storage.Value.MaxEvidenceMegabytes.ToString())));
        outbox.Push(db, userId, [message], TextKey, now);
        return true;
    }
}
