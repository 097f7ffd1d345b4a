using ItaBot.Conversation;
using ItaBot.Inbox;
using ItaBot.Line.Messaging;
using ItaBot.People;
using ItaBot.Storage.Entities;

namespace ItaBot.Staff.Cases;

/// <summary>
/// The staff member behind a turn, read fresh from the database. Flow actions use it instead of anything the
/// flow carried, because a member revoked or demoted while typing a note must not finish the change.
/// </summary>
public static class ActingStaff
{
    public static async Task<StaffMember?> FindAsync(Turn turn, LineUserDirectory users, CancellationToken ct) =>
        turn.UserId is { } userId && turn.IsOneToOne
            ? await StaffDirectory.ActiveAsync(turn.Db, users.Hash(userId), ct)
            : null;

    /// <summary>The acting officer or admin; otherwise null and the refusal to send, already audited.</summary>
    public static async Task<(StaffMember? Officer, Message? Refusal)> ComplaintHandlerAsync(Turn turn, LineUserDirectory users,
        StaffRefusal refusal, string action, CancellationToken ct)
    {
        var staff = await FindAsync(turn, users, ct);
        if (HandlesComplaints(staff)) return (staff, null);
        return (null, refusal.Refuse(turn, staff, StaffRefusal.Who.Handlers, action));
    }

    public static bool HandlesComplaints(StaffMember? staff) =>
        staff is { Status: StaffStatus.Active } && StaffRole.HandlesComplaints(staff.Role);

    /// <summary>Admins see every unit; everyone else only their own.</summary>
    public static bool SeesUnit(StaffMember staff, string unit) =>
        staff.Status == StaffStatus.Active && (staff.Role == StaffRole.Admin || staff.Unit == unit);
}
