using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Staff;

/// <summary>Looks staff up by the blind index of their LINE id; read fresh each turn, so a revocation bites at once.</summary>
public static class StaffDirectory
{
    // Every turn asks this, almost always to hear "not staff".
    public static Task<StaffMember?> ActiveAsync(ItaBotDb db, string userHash, CancellationToken ct) =>
        Task.FromResult(TurnReads.ActiveStaffByHash(db, userHash));

    public static Task<List<StaffMember>> ComplaintHandlersAsync(ItaBotDb db, CancellationToken ct) =>
        db.StaffMembers.Where(s => s.Status == StaffStatus.Active && s.UserHash != null
                                   && (s.Role == StaffRole.Officer || s.Role == StaffRole.Admin))
            .ToListAsync(ct);

    public static Task<List<StaffMember>> AdminsAsync(ItaBotDb db, CancellationToken ct) =>
        db.StaffMembers.Where(s => s.Status == StaffStatus.Active && s.UserHash != null && s.Role == StaffRole.Admin)
            .ToListAsync(ct);
}
