using ItaBot.Configuration;
using ItaBot.Line.Api;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItaBot.Staff.RichMenu;

/// <summary>
/// Creates the staff rich menu on LINE once and remembers its id in Settings. LINE caps the menus an account may
/// hold and the creations per hour, so a restart reuses the stored menu; only a changed picture makes a new one
/// (LINE never replaces a menu's image), and then every active staff member is linked to the new menu.
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
    public const string IdKey = "line.staffRichMenu.id";
    public const string ImageKey = "line.staffRichMenu.imageSha256";

    /// <summary>The id of a menu ready to link, or null when it is not ready yet (try again later).</summary>
    public async Task<string?> EnsureAsync(CancellationToken ct)
    {
        var image = StaffRichMenuImage.Load(options.Value.StaffRichMenuImage);
        if (image is null)
        {
            log.LogError("Staff rich menu image is missing or not a PNG/JPEG: {Path}", options.Value.StaffRichMenuImage);
            return null;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var id = await ReadAsync(db, IdKey, ct);
        var uploaded = await ReadAsync(db, ImageKey, ct);
        if (id is not null && uploaded == image.Hash) return id;
        var replacing = id is not null && uploaded is not null;
        if (id is null || replacing)
        {
            id = await CreateAsync(ct);
            if (id is null) return null;
            await WriteAsync(db, IdKey, id, ct);
            await RemoveAsync(db, ImageKey, ct);
            await db.SaveChangesAsync(ct);
        }
        if (!await UploadAsync(id, image, ct)) return null;
        await WriteAsync(db, ImageKey, image.Hash, ct);
        if (replacing) await RelinkActiveStaffAsync(db, ct);
        await db.SaveChangesAsync(ct);
        log.LogInformation("Staff rich menu ready");
        return id;
    }

    private async Task<string?> CreateAsync(CancellationToken ct)
    {
        var created = await line.CreateRichMenuAsync(layout.Build(), ct);
        if (created.IsSuccess && created.Value is not null) return created.Value;
        log.LogWarning("Creating the staff rich menu failed: {Result}", created);
        return null;
    }

    private async Task<bool> UploadAsync(string id, StaffRichMenuImage image, CancellationToken ct)
    {
        var result = await line.UploadRichMenuImageAsync(id, image.Bytes, image.ContentType, ct);
        if (!result.IsSuccess) log.LogWarning("Uploading the staff rich menu image failed: {Result}", result);
        return result.IsSuccess;
    }

    private async Task RelinkActiveStaffAsync(ItaBotDb db, CancellationToken ct)
    {
        var hashes = await db.StaffMembers.AsNoTracking()
            .Where(s => s.Status == StaffStatus.Active && s.UserHash != null).Select(s => s.UserHash!).ToListAsync(ct);
        foreach (var hash in hashes) await requests.QueueAsync(db, hash, RichMenuLinkAction.Link, time.GetUtcNow(), ct);
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
