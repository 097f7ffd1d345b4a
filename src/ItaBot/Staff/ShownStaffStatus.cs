using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Staff;

/// <summary>
/// A member's status as lists show it. The stored status stays "invited" after the code expires (nothing runs at
/// expiry), but such a person can no longer enroll, so lists call the invitation expired instead.
/// </summary>
public sealed class ShownStaffStatus
{
    public const string Expired = "expired";

    private readonly IReadOnlySet<long> _openInvitations;

    private ShownStaffStatus(IReadOnlySet<long> openInvitations) => _openInvitations = openInvitations;

    public static async Task<ShownStaffStatus> LoadAsync(ItaBotDb db, DateTimeOffset now, CancellationToken ct)
    {
        var ms = now.ToUnixTimeMilliseconds();
        var open = await db.EnrollmentCodes.AsNoTracking()
            .Where(c => c.UsedAt == null && c.ExpiresAt > ms && c.StaffId != null)
            .Select(c => c.StaffId!.Value).ToListAsync(ct);
        return new ShownStaffStatus(open.ToHashSet());
    }

    public string Of(StaffMember member) =>
        member.Status == StaffStatus.Invited && !_openInvitations.Contains(member.Id) ? Expired : member.Status;
}
