using ItaBot.Complaints;
using ItaBot.Configuration;
using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Line.Messaging;
using ItaBot.Outbox;
using ItaBot.People;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using ItaBot.Tracking;
using Microsoft.Extensions.Options;

namespace ItaBot.Staff.Cases;

/// <summary>
/// Tells an identified complainant that their case moved. Anonymous complainants are not linked to any LINE
/// account, so they learn the same through their receipt code and nobody can be pushed by mistake.
/// </summary>
public sealed class ComplainantNotifier(
    OutboxComposer outbox,
    LineUserDirectory users,
    DialogStore dialogs,
    LineRenderer renderer,
    ComplainantProgress progress,
    Texts texts,
    IOptions<DialogOptionsSection> dialogOptions)
{
    public const string SatisfactionFlow = "satisfaction";

    public async Task<bool> StageChangedAsync(ItaBotDb db, Complaint c, DateTimeOffset now, CancellationToken ct)
    {
        if (c.ComplainantHash is null) return false;
        var userId = await users.UserIdAsync(db, c.ComplainantHash, ct);
        if (userId is null) return false;
        var messages = new List<Message>
        {
            texts.Message("complaint.status_push", Texts.Values(("case_no", c.CaseNo), ("progress", progress.Lines(c)))),
        };
        if (c.Stage == ComplaintStage.Closed) messages.AddRange(await AskRatingAsync(db, userId, c, now, ct));
        outbox.Push(db, userId, messages, "complaint.status", now);
        return true;
    }

    /// <summary>
    /// Puts the complainant into the satisfaction flow as if they had started it. Someone in the middle of
    /// another flow keeps their draft: a rating is not worth losing a half-written complaint over.
    /// </summary>
    private async Task<IReadOnlyList<Message>> AskRatingAsync(ItaBotDb db, string userId, Complaint c, DateTimeOffset now, CancellationToken ct)
    {
        if (HasLiveDraft(await dialogs.LoadAsync(db, userId, ct), now)) return [];
        var result = DialogEngine.Start(texts.Catalog, SatisfactionFlow, now,
            new Dictionary<string, string> { ["case_ref"] = c.Id.ToString(), ["case_no"] = c.CaseNo });
        await dialogs.SaveAsync(db, userId, result.State, now, ct);
        return renderer.Render(result.Messages);
    }

    /// <summary>
    /// The engine drops an expired draft only at the person's next turn, so a draft left for days still sits in the
    /// store; it must not keep the rating question away for ever.
    /// </summary>
    private bool HasLiveDraft(DialogState? draft, DateTimeOffset now) =>
        draft is not null && !draft.IsExpired(now, TimeSpan.FromMinutes(dialogOptions.Value.ExpiryMinutes));
}
