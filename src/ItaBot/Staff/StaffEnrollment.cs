using ItaBot.Audit;
using ItaBot.Configuration;
using ItaBot.Security;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using ItaBot.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItaBot.Staff;

/// <summary>
/// The only way to become staff: an admin runs `invite`, hands the one-time code over in person, and the new
/// member sends `ลงทะเบียน <code>` to the OA. The code is stored as a keyed hash, expires, and works once.
/// </summary>
public sealed class StaffEnrollment(FieldCipher cipher, BlindIndex index, IOptions<SecurityOptions> security)
{
    public const string NamePurpose = "staff.name";
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(72);

    public async Task<(StaffMember Member, string Code)> InviteAsync(ItaBotDb db, string role, string unit, string? name,
        DateTimeOffset now, CancellationToken ct, TimeSpan? lifetime = null)
    {
        if (!StaffRole.IsValid(role)) throw new ArgumentException($"unknown role '{role}' (use admin, officer or staff)", nameof(role));
        if (string.IsNullOrWhiteSpace(unit)) throw new ArgumentException("a unit is required, e.g. \"กองคลัง\"", nameof(unit));
        var code = EnrollmentCodes.New();
        var member = new StaffMember
        {
            Role = role,
            Unit = unit.Trim(),
            NameEnc = cipher.EncryptOptional(name, NamePurpose),
            Status = StaffStatus.Invited,
            CreatedAt = now.ToUnixTimeMilliseconds(),
        };
        db.StaffMembers.Add(member);
        await db.SaveChangesAsync(ct);
        db.EnrollmentCodes.Add(new EnrollmentCode
        {
            StaffId = member.Id,
            CodeHash = index.Enrollment(code),
            Role = role,
            Unit = member.Unit,
            NameEnc = member.NameEnc,
            CreatedAt = now.ToUnixTimeMilliseconds(),
            ExpiresAt = now.Add(lifetime ?? DefaultLifetime).ToUnixTimeMilliseconds(),
        });
        AuditLog.Add(db, now, "cli", "staff.invited", "staff:" + member.Id, role + "/" + member.Unit);
        await db.SaveChangesAsync(ct);
        return (member, code);
    }

    /// <summary>Null when refused; the caller says the same polite thing whatever the reason, so codes leak nothing.</summary>
    public async Task<StaffMember?> EnrollAsync(ItaBotDb db, string userHash, string? typedCode, DateTimeOffset now, CancellationToken ct)
    {
        var limitKey = "enroll:" + userHash;
        if (await RateLimiter.IsBlockedAsync(db, limitKey, security.Value.EnrollAttemptsPerHour, now, ct)) return null;
        var ms = now.ToUnixTimeMilliseconds();
        var (invitation, member) = await OpenInvitationAsync(db, typedCode, ms, ct);
        if (invitation is null || member is null)
        {
            RateLimiter.Record(db, limitKey, now);
            return null;
        }
        // Someone already enrolled keeps one identity: an older membership of the same LINE account is closed.
        foreach (var old in await db.StaffMembers.Where(s => s.UserHash == userHash && s.Status == StaffStatus.Active).ToListAsync(ct))
        {
            old.Status = StaffStatus.Revoked;
            old.RevokedAt = ms;
        }
        member.UserHash = userHash;
        member.Status = StaffStatus.Active;
        member.EnrolledAt = ms;
        invitation.UsedAt = ms;
        AuditLog.Add(db, now, AuditLog.Staff(member.Id), "staff.enrolled", "staff:" + member.Id, member.Role + "/" + member.Unit);
        return member;
    }

    /// <summary>
    /// A code that was shown to a group is cancelled, so no other member can enrol with it; true when it was still
    /// usable. The caller answers the same either way, so a group learns nothing about codes from it.
    /// </summary>
    public async Task<bool> CancelExposedAsync(ItaBotDb db, string? typedCode, DateTimeOffset now, CancellationToken ct)
    {
        var ms = now.ToUnixTimeMilliseconds();
        var (invitation, member) = await OpenInvitationAsync(db, typedCode, ms, ct);
        if (invitation is null) return false;
        invitation.UsedAt = ms;
        if (member is not null)
        {
            member.Status = StaffStatus.Revoked;
            member.RevokedAt = ms;
        }
        AuditLog.Add(db, now, "chat", "staff.code_exposed", "staff:" + invitation.StaffId, "sent in a group chat; cancelled");
        return true;
    }

    /// <summary>The unused, unexpired invitation a typed code names, and its member while still only invited.</summary>
    private async Task<(EnrollmentCode? Invitation, StaffMember? Member)> OpenInvitationAsync(ItaBotDb db, string? typedCode, long ms,
        CancellationToken ct)
    {
        var code = EnrollmentCodes.Normalise(typedCode);
        if (code is null) return (null, null);
        var hash = index.Enrollment(code);
        var invitation = await db.EnrollmentCodes.FirstOrDefaultAsync(c => c.CodeHash == hash && c.UsedAt == null && c.ExpiresAt > ms, ct);
        if (invitation is null) return (null, null);
        var member = await db.StaffMembers.FirstOrDefaultAsync(s => s.Id == invitation.StaffId && s.Status == StaffStatus.Invited, ct);
        return (invitation, member);
    }

    public string? NameOf(StaffMember member) => cipher.DecryptOptional(member.NameEnc, NamePurpose);
}
