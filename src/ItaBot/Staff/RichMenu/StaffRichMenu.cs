using ItaBot.Configuration;
using ItaBot.Line.Api;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItaBot.Staff.RichMenu;

/// <summary>
/// Creates each staff rich menu on LINE once and remembers its id in Settings. LINE caps the menus an account may
/// hold and the creations per hour, so a restart reuses the stored menu; only a changed picture makes a new one
/// (LINE never replaces a menu's image), and then the active staff of that menu (and only they) are linked to it.
/// </summary>
public sealed class StaffRichMenu(
    IServiceScopeFactory scopes,
    LineMessagingClient line,
    StaffRichMenuLayout layout,
    StaffRichMenuRequests requests,
    IOptions<LineOptions> options,
    TimeProvider time,
    ILogger<StaffRichMenu> log)
{
    /// <summary>Set once the members of earlier versions' single menu have been moved to the menu of their role.</summary>
    public const string PerRoleKey = "line.staffRichMenu.perRole";

    /// <summary>
    /// One Settings row per menu that is no longer used, named by its id, holding its kind and failed deletions
    /// (<see cref="RetiredRichMenu"/>): the worker deletes it from LINE once its members have been moved off it. A
    /// row, not memory, so a restart still deletes it, with the backoff where it was.
    /// </summary>
    public const string RetiredKeyPrefix = "line.staffRichMenu.retired.";

    /// <summary>The id of the menu ready to link, or null when it is not ready yet (try again later).</summary>
    public async Task<string?> EnsureAsync(StaffRichMenuKind kind, CancellationToken ct)
    {
        var path = kind.ImagePath(options.Value);
        var image = StaffRichMenuImage.Load(path);
        if (image is null)
        {
            log.LogError("Staff rich menu image ({Setting}) is missing or not a PNG/JPEG: {Path}", kind.Setting, path);
            return null;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var id = await ReadAsync(db, kind.IdKey, ct);
        var uploaded = await ReadAsync(db, kind.ImageKey, ct);
        if (id is not null && uploaded == image.Hash) return id;
        var replacing = id is not null && uploaded is not null;
        if (id is null || replacing)
        {
            var created = await CreateAsync(kind, ct);
            if (created is null) return null;
            // Queued with the new id, not after the upload: a failed upload is retried as a plain upload, which
            // would never queue them. They wait until the menu is ready.
            if (replacing) await RetireAsync(db, kind, id!, ct);
            id = created;
            await WriteAsync(db, kind.IdKey, id, ct);
            await RemoveAsync(db, kind.ImageKey, ct);
            await db.SaveChangesAsync(ct);
        }
        if (!await UploadAsync(kind, id, image, ct)) return null;
        await WriteAsync(db, kind.ImageKey, image.Hash, ct);
        await db.SaveChangesAsync(ct);
        log.LogInformation("Staff rich menu {Kind} ready", kind);
        return id;
    }

    /// <summary>
    /// Earlier versions linked one menu (the handlers' one, with เรื่องร้องเรียน) to every staff member. Once per
    /// database, the staff who do not handle complaints are queued to be linked again, which gives them their own menu,
    /// or none when it has no image.
    /// </summary>
    public async Task ApplyPerRoleMenusOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        if (await ReadAsync(db, PerRoleKey, ct) is not null) return;
        if (await ReadAsync(db, StaffRichMenuKind.Handlers.IdKey, ct) is not null)
            await RelinkActiveStaffAsync(db, role => !StaffRole.HandlesComplaints(role), ct);
        await WriteAsync(db, PerRoleKey, "1", ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>True when a menu is stored or waits to be deleted, even if no image is configured any more.</summary>
    public async Task<bool> AnyStoredAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var ids = StaffRichMenuKind.All.Select(k => k.IdKey).ToList();
        return await db.Settings.AnyAsync(s => ids.Contains(s.Key) || s.Key.StartsWith(RetiredKeyPrefix), ct);
    }

    /// <summary>
    /// A menu whose image setting was emptied: its members are queued to be linked again, which unlinks them, the
    /// menu is retired (deleted after that), and its rows go, so configuring an image later creates a fresh menu.
    /// </summary>
    public async Task RetireUnconfiguredAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        foreach (var kind in StaffRichMenuKind.All.Where(k => !requests.IsConfigured(k)))
        {
            var id = await ReadAsync(db, kind.IdKey, ct);
            if (id is null) continue;
            await RetireAsync(db, kind, id, ct);
            await RemoveAsync(db, kind.IdKey, ct);
            await RemoveAsync(db, kind.ImageKey, ct);
            log.LogInformation("Staff rich menu {Kind} has no image any more: its members are unlinked, then it is deleted", kind);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Queues the kind's members to be linked again (moving them off the menu) and marks the menu for deletion.</summary>
    private async Task RetireAsync(ItaBotDb db, StaffRichMenuKind kind, string id, CancellationToken ct)
    {
        await RelinkActiveStaffAsync(db, role => StaffRichMenuKind.For(role) == kind, ct);
        await WriteAsync(db, RetiredKeyPrefix + id, RetiredRichMenu.New(kind).Format(), ct);
    }

    private async Task<string?> CreateAsync(StaffRichMenuKind kind, CancellationToken ct)
    {
        var created = await line.CreateRichMenuAsync(layout.Build(kind), ct);
        if (created.IsSuccess && created.Value is not null) return created.Value;
        log.LogWarning("Creating the staff rich menu {Kind} failed: {Result}", kind, created);
        return null;
    }

    private async Task<bool> UploadAsync(StaffRichMenuKind kind, string id, StaffRichMenuImage image, CancellationToken ct)
    {
        var result = await line.UploadRichMenuImageAsync(id, image.Bytes, image.ContentType, ct);
        if (!result.IsSuccess) log.LogWarning("Uploading the staff rich menu {Kind} image failed: {Result}", kind, result);
        return result.IsSuccess;
    }

    private async Task RelinkActiveStaffAsync(ItaBotDb db, Func<string, bool> roles, CancellationToken ct)
    {
        var members = await db.StaffMembers.AsNoTracking()
            .Where(s => s.Status == StaffStatus.Active && s.UserHash != null).Select(s => new { s.UserHash, s.Role }).ToListAsync(ct);
        foreach (var member in members.Where(m => roles(m.Role)))
            await requests.QueueEvenIfDisabledAsync(db, member.UserHash, RichMenuLinkAction.Link, time.GetUtcNow(), ct);
    }

    private static async Task<string?> ReadAsync(ItaBotDb db, string key, CancellationToken ct) =>
        (await db.Settings.FirstOrDefaultAsync(s => s.Key == key, ct))?.Value;

    private static async Task WriteAsync(ItaBotDb db, string key, string value, CancellationToken ct)
    {
        var row = await db.Settings.FirstOrDefaultAsync(s => s.Key == key, ct);
        if (row is null) db.Settings.Add(new SettingRow { Key = key, Value = value });
        else row.Value = value;
    }

    private static async Task RemoveAsync(ItaBotDb db, string key, CancellationToken ct)
    {
        var row = await db.Settings.FirstOrDefaultAsync(s => s.Key == key, ct);
        if (row is not null) db.Settings.Remove(row);
    }
}
