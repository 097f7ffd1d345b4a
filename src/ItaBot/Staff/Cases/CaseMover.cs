using ItaBot.Audit;
using ItaBot.Complaints;
using ItaBot.Security;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Staff.Cases;

/// <summary>
/// Moves a case along the transition table of ComplaintStage. The role and the transition are checked here, at
/// the moment of writing, whatever buttons were shown earlier: menus go stale and postbacks can be typed.
/// </summary>
public sealed class CaseMover(
    ComplaintDeadlines deadlines,
    FieldCipher cipher,
    ForwardingAgency agencies,
    ComplainantNotes notes,
    ComplainantNotifier notifier,
    ILogger<CaseMover> log)
{
    /// <summary>The moved case, or null when the person may not make this change (nothing is written then).</summary>
    public async Task<Complaint?> MoveAsync(ItaBotDb db, StaffMember? staff, CaseMove move, DateTimeOffset now, CancellationToken ct)
    {
        if (!ActingStaff.HandlesComplaints(staff) || !IsComplete(move)) return null;
        var c = await db.Complaints.FirstOrDefaultAsync(x => x.Id == move.CaseId, ct);
        if (c is null || !ComplaintStage.CanMove(c.Stage, move.Target)) return null;
        var from = c.Stage;
        Apply(c, move, now);
        db.ComplaintHistory.Add(new ComplaintHistory
        {
            ComplaintId = c.Id,
            At = now.ToUnixTimeMilliseconds(),
            FromStage = from,
            ToStage = move.Target,
            Note = cipher.EncryptText(move.Note, ComplaintService.NotePurpose),
            ActorStaffId = staff!.Id,
        });
        AuditLog.Add(db, now, AuditLog.Staff(staff.Id), "complaint.stage", c.CaseNo, from + "->" + move.Target);
        log.LogInformation("Complaint {CaseNo} moved {From} -> {To} by staff {StaffId}", c.CaseNo, from, move.Target, staff.Id);
        await notifier.StageChangedAsync(db, c, now, ct);
        return c;
    }

    /// <summary>Forwarding names the agency; telling the result needs the result, or the complainant is told nothing.</summary>
    private static bool IsComplete(CaseMove move) =>
        !string.IsNullOrWhiteSpace(move.Note)
        && (move.Target != ComplaintStage.Forwarded || !string.IsNullOrWhiteSpace(move.Agency))
        && (move.Target != ComplaintStage.Notified || !string.IsNullOrWhiteSpace(move.ForComplainant));

    private void Apply(Complaint c, CaseMove move, DateTimeOffset now)
    {
        var ms = now.ToUnixTimeMilliseconds();
        if (move.Target == ComplaintStage.Review) c.ReviewedAt = ms;
        if (ComplaintStage.IsDecision(move.Target))
        {
            c.DecidedAt = ms;
            c.Decision = move.Target;
        }
        if (move.Target == ComplaintStage.Forwarded) agencies.Record(c, move.Agency!);
        // The result counts as given when the complainant is told, which is what ResultDue promised them.
        if (move.Target == ComplaintStage.Notified) c.ResultAt = ms;
        if (move.Target == ComplaintStage.Closed) c.ClosedAt = ms;
        c.Stage = move.Target;
        ForComplainant(c, move);
        c.StageDue = deadlines.StageDue(move.Target, now, Clock.FromMs(c.ReceivedAt)).ToUnixTimeMilliseconds();
        c.UpdatedAt = ms;
    }

    /// <summary>The previous stage's public note never carries over: the move brings its own or leaves none.</summary>
    private void ForComplainant(Complaint c, CaseMove move)
    {
        if (move.Target != ComplaintStage.Notified)
        {
            notes.ReplaceNote(c, move.ForComplainant);
            return;
        }
        notes.RecordResult(c, move.ForComplainant!);
        notes.ReplaceNote(c, null);
    }
}
