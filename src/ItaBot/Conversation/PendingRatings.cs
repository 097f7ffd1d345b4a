using ItaBot.Dialogs;
using ItaBot.Inbox;
using ItaBot.Line.Messaging;
using ItaBot.People;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Conversation;

/// <summary>
/// The closing rating question, asked at closing or, when the complainant then had a draft it would have replaced,
/// later: once, at the first turn after which they have no draft (the draft was sent or cancelled, or a message
/// got the menu, as after the purge deleted the draft). It waits on the case (Complaints.RatingPendingSince), so a
/// restart does not lose it, and is cleared when asked, so holding it back never asks it twice. A question asked but left
/// unanswered past the day drafts are kept goes back to waiting when its draft is deleted (<see cref="Requeue"/>),
/// so it is asked again at the person's next turn with no draft, once, and still only within a month of closing.
/// </summary>
public sealed class PendingRatings(LineUserDirectory users, DialogStore dialogs, LineRenderer renderer, Texts texts)
{
    public const string Flow = "satisfaction";

    /// <summary>
    /// A month after closing a rating says little about how the case was handled and would puzzle the person, so a
    /// question not asked by then is dropped (the nightly purge clears what is left).
    /// </summary>
    public static readonly TimeSpan OfferFor = TimeSpan.FromDays(30);

    public static void HoldBack(Complaint c, DateTimeOffset now) => c.RatingPendingSince = now.ToUnixTimeMilliseconds();

    /// <summary>
    /// Puts a case whose rating draft is being deleted back to waiting, as if held back at closing: from its closing
    /// time, so the month still counts from closing. Once only (RatingRequeued): a question left a second time is
    /// the person's answer. A case rated meanwhile, already waiting, or closed longer ago than <see cref="OfferFor"/>
    /// is left alone. Parameters: $id, the case; $since, the oldest closing still offered.
    /// </summary>
    public const string RequeueSql =
        "UPDATE Complaints SET RatingPendingSince = ClosedAt, RatingRequeued = 1 " +
        "WHERE Id = $id AND Satisfaction IS NULL AND RatingPendingSince IS NULL AND RatingRequeued = 0 AND ClosedAt >= $since";

    /// <summary>The case whose rating question <paramref name="draft"/> is, or null when it is another kind of draft.</summary>
    public static long? CaseAskedIn(DialogState draft) =>
        draft.FlowId == Flow && draft.Slots.TryGetValue("case_ref", out var slot) && long.TryParse(slot.Value, out var id) ? id : null;

    /// <summary>The oldest closing (Unix ms) whose rating may still be asked at <paramref name="now"/>.</summary>
    public static long OfferedSince(DateTimeOffset now) => now.Add(-OfferFor).ToUnixTimeMilliseconds();

    /// <summary>For a draft about to be dropped for its age in a turn: a rating question in it waits again on its case.</summary>
    public static void Requeue(ItaBotDb db, DialogState lost, DateTimeOffset now)
    {
        if (CaseAskedIn(lost) is not { } caseId) return;
        db.WithOpenConnection(() =>
            db.Prepared(RequeueSql).With("$id", caseId).With("$since", OfferedSince(now)).ExecuteNonQuery());
    }

    /// <summary>Puts the person into the rating flow for the case; the caller has made sure no draft is replaced.</summary>
    public async Task<IReadOnlyList<Message>> AskAsync(ItaBotDb db, string userId, long caseId, string caseNo, DateTimeOffset now, CancellationToken ct)
    {
        var result = DialogEngine.Start(texts.Catalog, Flow, now,
            new Dictionary<string, string> { ["case_ref"] = caseId.ToString(), ["case_no"] = caseNo });
        await dialogs.SaveAsync(db, userId, result.State, now, ct);
        return renderer.Render(result.Messages);
    }

    /// <summary>
    /// For a turn that leaves the person with no draft. Returns whether the question was added; the caller then
    /// leaves the menu out, whose buttons would take the place of the rating's.
    /// </summary>
    public async Task<bool> TryAskAsync(Turn turn, Reply reply, CancellationToken ct)
    {
        if (!turn.IsOneToOne || turn.UserId is not { } userId) return false;
        var pending = Read(turn.Db, users.Hash(userId));
        if (pending.Count == 0) return false;
        var (ask, clear) = Choose(pending, turn.Now);
        Clear(turn.Db, clear);
        if (ask is null) return false;
        reply.AddRange(await AskAsync(turn.Db, userId, ask.CaseId, ask.CaseNo, turn.Now, ct));
        return true;
    }

    /// <summary>The oldest question still in time is asked; it and every one past its time are cleared.</summary>
    public static (PendingRating? Ask, IReadOnlyList<long> Clear) Choose(IReadOnlyList<PendingRating> pending, DateTimeOffset now)
    {
        var since = OfferedSince(now);
        var ask = pending.Where(p => p.Since >= since).MinBy(p => p.Since);
        var clear = pending.Where(p => p.Since < since).Select(p => p.CaseId);
        return (ask, (ask is null ? clear : clear.Append(ask.CaseId)).ToList());
    }

    // Plain SQL, as TurnReads: this runs on the writer path whenever a citizen's draft ends or the menu is shown.
    private static List<PendingRating> Read(ItaBotDb db, string userHash) => db.WithOpenConnection(() =>
    {
        var command = db.Prepared("SELECT Id, CaseNo, RatingPendingSince FROM Complaints " +
                                  "WHERE ComplainantHash = $hash AND RatingPendingSince IS NOT NULL AND Satisfaction IS NULL")
            .With("$hash", userHash);
        using var reader = command.ExecuteReader();
        var rows = new List<PendingRating>();
        while (reader.Read()) rows.Add(new PendingRating(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2)));
        return rows;
    });

    private static void Clear(ItaBotDb db, IReadOnlyList<long> caseIds) => db.WithOpenConnection(() =>
    {
        foreach (var id in caseIds)
            db.Prepared("UPDATE Complaints SET RatingPendingSince = NULL WHERE Id = $id").With("$id", id).ExecuteNonQuery();
        return caseIds.Count;
    });
}
