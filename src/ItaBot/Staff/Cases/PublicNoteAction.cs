using ItaBot.Audit;
using ItaBot.Complaints;
using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Inbox;
using ItaBot.Line.Messaging;
using ItaBot.People;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Staff.Cases;

/// <summary>The end of staff_public_note: the text the complainant sees under ติดตามเรื่อง while the case stays at this stage.</summary>
public sealed class PublicNoteAction(LineUserDirectory users, ComplainantNotes notes, CaseViews views, Texts texts, StaffRefusal refusals)
    : IFlowAction
{
    public string Action => "staff.case.public_note";

    public async Task<IReadOnlyList<Message>> RunAsync(Turn turn, FlowCompletion completion, CancellationToken ct)
    {
        var (staff, refusal) = await ActingStaff.ComplaintHandlerAsync(turn, users, refusals, Action, ct);
        if (staff is null) return [refusal!];
        var id = FlowSlots.Id(completion, "case_id");
        var note = FlowSlots.Value(completion, "note");
        var c = id is null ? null : await turn.Db.Complaints.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || note is null || !ComplaintStage.IsOpen(c.Stage))
            return [texts.Message("staff.case.not_found", extra: [views.ListButton()])];
        notes.ReplaceNote(c, note);
        c.UpdatedAt = turn.Now.ToUnixTimeMilliseconds();
        AuditLog.Add(turn.Db, turn.Now, AuditLog.Staff(staff!.Id), "complaint.public_note", c.CaseNo);
        return [texts.Message("staff.case.public_note_saved", Texts.Values(("case_no", c.CaseNo)), [views.OpenButton(c.Id), views.ListButton()])];
    }
}
