using ItaBot.Audit;
using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Feedback;
using ItaBot.Inbox;
using ItaBot.Line.Messaging;
using ItaBot.Outbox;
using ItaBot.People;
using ItaBot.Security;
using ItaBot.Staff.Cases;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Staff.FeedbackDesk;

/// <summary>
/// The end of staff_answer: stores the answer sealed and pushes it to the citizen when they asked for an answer and
/// we know their account.
/// The unit is checked again here; the feedback id in the flow is only a claim.
/// </summary>
public sealed class AnswerFeedbackAction(
    LineUserDirectory users,
    OutboxComposer outbox,
    FieldCipher cipher,
    FeedbackViews views,
    Texts texts,
    StaffRefusal refusal) : IFlowAction
{
    public string Action => "staff.feedback.answer";

    public async Task<IReadOnlyList<Message>> RunAsync(Turn turn, FlowCompletion completion, CancellationToken ct)
    {
        var staff = await ActingStaff.FindAsync(turn, users, ct);
        var id = FlowSlots.Id(completion, "feedback_id");
        var answer = FlowSlots.Value(completion, "answer");
        var entry = id is null ? null : await turn.Db.Feedback.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (staff is null || entry is null || answer is null || !ActingStaff.SeesUnit(staff, entry.Unit))
        {
            return [refusal.Refuse(turn, staff, StaffRefusal.Who.Unit, Action)];
        }
        entry.Answer = cipher.EncryptText(answer, FeedbackService.AnswerPurpose);
        entry.AnsweredAt = turn.Now.ToUnixTimeMilliseconds();
        entry.HandledBy = staff.Id;
        // An answer written after the item was closed is kept with it, but does not reopen it.
        if (entry.Status == FeedbackStatus.New) entry.Status = FeedbackStatus.Answered;
        // Someone who said they wanted no answer is not sent one, whatever button an old card still shows.
        var citizen = entry.UserHash is null || !entry.WantsAnswer ? null : await users.UserIdAsync(turn.Db, entry.UserHash, ct);
        if (citizen is not null)
            outbox.Push(turn.Db, citizen, [texts.Message("feedback.answer_push", Texts.Values(("ref_no", entry.RefNo), ("answer", answer)))],
                "feedback.answer", turn.Now);
        AuditLog.Add(turn.Db, turn.Now, AuditLog.Staff(staff.Id), "feedback.answered", entry.RefNo, citizen is null ? "kept" : "pushed");
        return [texts.Message(citizen is null ? "staff.fb.answered_kept" : "staff.fb.answered",
            Texts.Values(("ref_no", entry.RefNo)), [views.ListButton()])];
    }
}
