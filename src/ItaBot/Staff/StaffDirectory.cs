using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Staff;

/// <summary>Looks staff up by the blind index of their LINE id; read fresh each turn, so a revocation bites at once.</summary>
public static class StaffDirectory
{
    // Every turn asks this (almost always to hear "not staff"), so the query is compiled once.
    private static readonly Func<ItaBotDb, string, CancellationToken, Task<StaffMember?>> ActiveByHash =
        EF.CompileAsyncQuery((ItaBotDb db, string hash, CancellationToken ct) =>
            db.StaffMembers.FirstOrDefault(s => s.UserHash == hash && s.Status == StaffStatus.Active));

    public static Task<StaffMember?> ActiveAsync(ItaBotDb db, string userHash, CancellationToken ct) => ActiveByHash(db, userHash, ct);

    public static Task<List<StaffMember>> ComplaintHandlersAsync(ItaBotDb db, CancellationToken ct) =>
        db.StaffMembers.Where(s => s.Status == StaffStatus.Active && s.UserHash != null
                                   && (s.Role == StaffRole.Officer || s.Role == StaffRole.Admin))
            .ToListAsync(ct);

    public static Task<List<StaffMember>> AdminsAsync(ItaBotDb db, CancellationToken ct) =>
        db.StaffMembers.Where(s => s.Status == StaffStatus.Active && s.UserHash != null && s.Role == StaffRole.Admin)
            .ToListAsync(ct);
}
