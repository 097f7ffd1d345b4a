using ItaBot.Audit;
using ItaBot.Conversation;
using ItaBot.Feedback;
using ItaBot.Security;
using ItaBot.Staff.Cases;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Staff.FeedbackDesk;

/// <summary>
/// The opinions channel for the unit that handles it: list, read, answer (pushed to the citizen) and mark
/// handled. Members see their own unit's feedback; admins see every unit's.
/// </summary>
public sealed class FeedbackDeskFeature(FeedbackViews views, FieldCipher cipher, FlowRunner flows, Texts texts, StaffRefusal refusal)
    : IStaffFeature
{
    public const string Word = "ความคิดเห็น";
    public const string AnswerFlow = "staff_answer";
    private static readonly string[] Actions = ["feedback", "fb", FeedbackPostback.AnswerAction, FeedbackPostback.DoneAction];

    public bool Owns(string? action, string? word) => (action is not null && Actions.Contains(action)) || word == Word;

    public async Task HandleAsync(StaffRequest request, Reply reply, CancellationToken ct)
    {
        if (request.Action is null or "feedback")
        {
            await ListAsync(request, reply, ct);
            return;
        }
        var entry = request.Id is { } id ? await request.Turn.Db.Feedback.FirstOrDefaultAsync(f => f.Id == id, ct) : null;
        if (entry is null || !ActingStaff.SeesUnit(request.Staff, entry.Unit))
        {
            // The same answer whether the feedback does not exist or is another unit's; only the latter is audited.
            reply.Add(refusal.Refuse(request.Turn, request.Staff, StaffRefusal.Who.Unit, entry?.RefNo));
            return;
        }
        switch (request.Action)
        {
            case "fb": Open(request, entry, reply); break;
            case FeedbackPostback.AnswerAction: await StartAnswerAsync(request, entry, reply, ct); break;
            default: MarkHandled(request, entry, reply); break;
        }
    }

    private async Task ListAsync(StaffRequest request, Reply reply, CancellationToken ct)
    {
        var staff = request.Staff;
        var pending = request.Turn.Db.Feedback.AsNoTracking()
            .Where(f => f.Status == FeedbackStatus.New || f.Status == FeedbackStatus.Answered);
        if (staff.Role != StaffRole.Admin) pending = pending.Where(f => f.Unit == staff.Unit);
        var total = await pending.CountAsync(ct);
        var shown = await pending.OrderBy(f => f.ReceivedAt).ThenBy(f => f.Id).Take(FeedbackViews.MaxCards).ToListAsync(ct);
        AuditLog.Add(request.Turn.Db, request.Turn.Now, AuditLog.Staff(staff.Id), "feedback.list",
            staff.Role == StaffRole.Admin ? "all" : staff.Unit, total.ToString());
        reply.AddRange(views.List(shown, total));
    }

    private void Open(StaffRequest request, FeedbackEntry entry, Reply reply)
    {
        var text = cipher.DecryptText(entry.Text, FeedbackService.TextPurpose);
        var contact = cipher.DecryptOptional(entry.Contact, FeedbackService.ContactPurpose);
        var answer = cipher.DecryptOptional(entry.Answer, FeedbackService.AnswerPurpose);
        AuditLog.Add(request.Turn.Db, request.Turn.Now, AuditLog.Staff(request.Staff.Id), "feedback.read", entry.RefNo);
        reply.Add(views.Detail(entry, text, contact, answer));
    }

    private Task StartAnswerAsync(StaffRequest request, FeedbackEntry entry, Reply reply, CancellationToken ct) =>
        flows.StartAsync(request.Turn, AnswerFlow,
            new Dictionary<string, string> { ["feedback_id"] = entry.Id.ToString(), ["ref_no"] = entry.RefNo }, reply, ct);

    private void MarkHandled(StaffRequest request, FeedbackEntry entry, Reply reply)
    {
        entry.Status = FeedbackStatus.Handled;
        entry.HandledAt = request.Turn.Now.ToUnixTimeMilliseconds();
        entry.HandledBy = request.Staff.Id;
        AuditLog.Add(request.Turn.Db, request.Turn.Now, AuditLog.Staff(request.Staff.Id), "feedback.handled", entry.RefNo);
        reply.Add(texts.Message("staff.fb.handled", Texts.Values(("ref_no", entry.RefNo)), [views.ListButton()]));
    }
}
