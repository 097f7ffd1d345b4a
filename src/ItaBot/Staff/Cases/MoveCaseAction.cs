using ItaBot.Audit;
using ItaBot.Complaints;
using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Inbox;
using ItaBot.Line.Messaging;
using ItaBot.People;

namespace ItaBot.Staff.Cases;

/// <summary>The end of staff_note: the note is written, and the change made only if it is still allowed.</summary>
public sealed class MoveCaseAction(LineUserDirectory users, CaseMover mover, CaseViews views, Texts texts, StaffRefusal refusals)
    : IFlowAction
{
    public string Action => "staff.case.move";

    public async Task<IReadOnlyList<Message>> RunAsync(Turn turn, FlowCompletion completion, CancellationToken ct)
    {
        var (staff, refusal) = await ActingStaff.ComplaintHandlerAsync(turn, users, refusals, Action, ct);
        if (staff is null) return [refusal!];
        var move = new CaseMove(FlowSlots.Id(completion, "case_id") ?? 0, FlowSlots.Value(completion, "target") ?? "",
            FlowSlots.Value(completion, "note") ?? "", FlowSlots.Value(completion, "agency"),
            FlowSlots.Value(completion, "result") ?? FlowSlots.Value(completion, "public_note"));
        var moved = await mover.MoveAsync(turn.Db, staff, move, turn.Now, ct);
        var caseNo = FlowSlots.Value(completion, "case_no") ?? "";
        if (moved is null)
            return [texts.Message("staff.case.move_refused", Texts.Values(("case_no", caseNo)), [views.ListButton()])];
        if (moved.Stage == ComplaintStage.Closed)
            return [texts.Message("staff.case.moved_closed", Texts.Values(("case_no", moved.CaseNo)), [views.ListButton()])];
        return [texts.Message("staff.case.moved", Texts.Values(
            ("case_no", moved.CaseNo),
            ("stage", views.Stage(moved.Stage)),
            ("due", CaseViews.When(moved.StageDue))), [views.OpenButton(moved.Id), views.ListButton()])];
    }
}
