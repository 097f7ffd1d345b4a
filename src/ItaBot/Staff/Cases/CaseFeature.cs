using System.Text.Json;
using ItaBot.Audit;
using ItaBot.Complaints;
using ItaBot.Conversation;
using ItaBot.Security;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Staff.Cases;

/// <summary>
/// Complaint cases in chat, for officers and admins only. Anyone else is refused before a single row is read,
/// so not even the number of open cases leaks; the refusal itself is audited.
/// </summary>
public sealed class CaseFeature(CaseViews views, FieldCipher cipher, FlowRunner flows, Texts texts, StaffRefusal refusal) : IStaffFeature
{
    public const string Word = "เรื่องร้องเรียน";
    public const string NoteFlow = "staff_note";
    public const string PublicNoteFlow = "staff_public_note";
    private static readonly string[] Actions = ["cases", "case", "identity", "move", "note"];

    public bool Owns(string? action, string? word) => (action is not null && Actions.Contains(action)) || word == Word;

    public async Task HandleAsync(StaffRequest request, Reply reply, CancellationToken ct)
    {
        var turn = request.Turn;
        if (!ActingStaff.HandlesComplaints(request.Staff))
        {
            reply.Add(refusal.Refuse(turn, request.Staff, StaffRefusal.Who.Handlers, request.Word ?? string.Join('|', request.Parts)));
            return;
        }
        var c = request.Id is { } id ? await turn.Db.Complaints.FirstOrDefaultAsync(x => x.Id == id, ct) : null;
        if (request.Action is not (null or "cases") && c is null)
        {
            reply.Add(texts.Message("staff.case.not_found", extra: [views.ListButton()]));
            return;
        }
        switch (request.Action)
        {
            case "case": await OpenAsync(request, c!, reply, ct); break;
            case "identity": ShowIdentity(request, c!, reply); break;
            case "move": await StartMoveAsync(request, c!, reply, ct); break;
            case "note": await StartPublicNoteAsync(request, c!, reply, ct); break;
            default: await ListAsync(request, reply, ct); break;
        }
    }

    private async Task ListAsync(StaffRequest request, Reply reply, CancellationToken ct)
    {
        var open = request.Turn.Db.Complaints.AsNoTracking().Where(c => c.ClosedAt == null && c.Stage != ComplaintStage.Closed);
        var total = await open.CountAsync(ct);
        var shown = await open.OrderBy(c => c.StageDue).ThenBy(c => c.Id).Take(CaseViews.MaxCards).ToListAsync(ct);
        AuditLog.Add(request.Turn.Db, request.Turn.Now, AuditLog.Staff(request.Staff.Id), "complaint.list", "cases", total.ToString());
        reply.AddRange(views.List(shown, total, request.Turn.Now));
    }

    private async Task OpenAsync(StaffRequest request, Complaint c, Reply reply, CancellationToken ct)
    {
        var turn = request.Turn;
        var content = JsonSerializer.Deserialize<ComplaintContent>(cipher.DecryptText(c.Content, ComplaintService.ContentPurpose))!;
        var evidence = await turn.Db.ComplaintEvidence.Where(e => e.ComplaintId == c.Id).Select(e => e.Status).ToListAsync(ct);
        AuditLog.Add(turn.Db, turn.Now, AuditLog.Staff(request.Staff.Id), "complaint.read", c.CaseNo);
        reply.AddRange(views.Detail(c, content, evidence, turn.Now));
    }

    private void ShowIdentity(StaffRequest request, Complaint c, Reply reply)
    {
        var identity = c.Identity is null ? null
            : JsonSerializer.Deserialize<ComplainantIdentity>(cipher.DecryptText(c.Identity, ComplaintService.IdentityPurpose));
        AuditLog.Add(request.Turn.Db, request.Turn.Now, AuditLog.Staff(request.Staff.Id), "complaint.identity_read", c.CaseNo,
            identity is null ? "anonymous" : null);
        reply.Add(views.Identity(c, identity));
    }

    private async Task StartMoveAsync(StaffRequest request, Complaint c, Reply reply, CancellationToken ct)
    {
        var target = request.Parts.Count > 3 ? request.Parts[3] : "";
        if (!ComplaintStage.CanMove(c.Stage, target))
        {
            reply.Add(texts.Message("staff.case.move_refused", Texts.Values(("case_no", c.CaseNo)), [views.OpenButton(c.Id)]));
            return;
        }
        await flows.StartAsync(request.Turn, NoteFlow, new Dictionary<string, string>
        {
            ["case_id"] = c.Id.ToString(),
            ["case_no"] = c.CaseNo,
            ["target"] = target,
            ["target_label"] = views.MoveLabel(target),
            ["public_text"] = PublicText(target),
        }, reply, ct);
    }

    /// <summary>What the note flow asks to tell the complainant: the result at แจ้งผล, an optional word with a decision.</summary>
    private static string PublicText(string target) =>
        target == ComplaintStage.Notified ? "result" : ComplaintStage.IsDecision(target) ? "note" : "none";

    private async Task StartPublicNoteAsync(StaffRequest request, Complaint c, Reply reply, CancellationToken ct)
    {
        if (!ComplaintStage.IsOpen(c.Stage))
        {
            reply.Add(texts.Message("staff.case.not_found", extra: [views.ListButton()]));
            return;
        }
        await flows.StartAsync(request.Turn, PublicNoteFlow,
            new Dictionary<string, string> { ["case_id"] = c.Id.ToString(), ["case_no"] = c.CaseNo }, reply, ct);
    }
}
