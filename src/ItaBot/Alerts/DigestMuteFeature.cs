using ItaBot.Audit;
using ItaBot.Conversation;
using ItaBot.Staff;

namespace ItaBot.Alerts;

/// <summary>ปิดสรุปรายวัน / เปิดสรุปรายวัน: an admin stops or resumes their own morning digest.</summary>
public sealed class DigestMuteFeature(Texts texts, StaffRefusal refusal) : IStaffFeature
{
    public const string MuteWord = "ปิดสรุปรายวัน";
    public const string UnmuteWord = "เปิดสรุปรายวัน";
    public const string Action = "digest";

    public bool Owns(string? action, string? word) => action == Action || word is MuteWord or UnmuteWord;

    public Task HandleAsync(StaffRequest request, Reply reply, CancellationToken ct)
    {
        var staff = request.Staff;
        var mute = request.Word == MuteWord || (request.Parts.Count > 2 && request.Parts[2] == "off");
        if (staff.Role != StaffRole.Admin)
        {
            reply.Add(refusal.Refuse(request.Turn, staff, StaffRefusal.Who.Admins, request.Word ?? Action));
            return Task.CompletedTask;
        }
        // The member row was loaded by this turn's context, so the change commits with the turn.
        staff.DigestMuted = mute;
        AuditLog.Add(request.Turn.Db, request.Turn.Now, AuditLog.Staff(staff.Id), mute ? "digest.muted" : "digest.unmuted", "staff:" + staff.Id);
        reply.Add(texts.Message(mute ? "staff.digest.muted" : "staff.digest.unmuted"));
        return Task.CompletedTask;
    }
}
