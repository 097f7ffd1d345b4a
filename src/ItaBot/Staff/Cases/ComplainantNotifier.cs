using ItaBot.Complaints;
using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Line.Messaging;
using ItaBot.Outbox;
using ItaBot.People;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using ItaBot.Tracking;

namespace ItaBot.Staff.Cases;

/// <summary>
/// Tells an identified complainant that their case moved. Anonymous complainants are not linked to any LINE
/// account, so they learn the same through their receipt code and nobody can be pushed by mistake.
/// </summary>
public sealed class ComplainantNotifier(
    OutboxComposer outbox,
    LineUserDirectory users,
    DialogStore dialogs,
    PendingRatings ratings,
    ComplainantProgress progress,
    Texts texts,
    DraftLifetime lifetime)
{
    public async Task<bool> StageChangedAsync(ItaBotDb db, Complaint c, DateTimeOffset now, CancellationToken ct)
    {
        if (c.ComplainantHash is null) return false;
        var userId = await users.UserIdAsync(db, c.ComplainantHash, ct);
        if (userId is null) return false;
        var messages = new List<Message>
        {
            texts.Message("complaint.status_push", Texts.Values(("case_no", c.CaseNo), ("progress", progress.Lines(c, now)))),
        };
        if (c.Stage == ComplaintStage.Closed) messages.AddRange(await AskRatingAsync(db, userId, c, now, ct));
        outbox.Push(db, userId, messages, "complaint.status", now);
        return true;
    }

    /// <summary>
    /// Puts the complainant into the satisfaction flow as if they had started it. Someone with a draft still kept
    /// keeps it, even one left hours ago that they may come back to: a rating is not worth losing a half-written
    /// complaint over, so the question waits until that draft ends (PendingRatings). A draft past the time drafts
    /// are kept is gone anyway (the purge deletes it), so it does not hold the question back; if it was the rating
    /// question of an earlier case, that one waits again rather than being lost with it.
    /// </summary>
    private async Task<IReadOnlyList<Message>> AskRatingAsync(ItaBotDb db, string userId, Complaint c, DateTimeOffset now, CancellationToken ct)
    {
        if (await dialogs.LoadAsync(db, userId, ct) is { } draft)
        {
            if (lifetime.Keeps(draft, now))
            {
                PendingRatings.HoldBack(c, now);
                return [];
            }
            PendingRatings.Requeue(db, draft, now);
        }
        return await ratings.AskAsync(db, userId, c.Id, c.CaseNo, now, ct);
    }
}
