using ItaBot.Line.Api;
using ItaBot.People;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Staff.RichMenu;

/// <summary>
/// At start-up makes sure each configured staff rich menu exists (retrying with backoff while LINE fails, each menu
/// on its own), then links and unlinks them per person as enrollments and revocations queue requests. A link gives
/// the person the menu of their role as stored now; a person whose menu has no image, or who is no longer staff,
/// is unlinked instead. A menu that was replaced, or whose image was emptied, is deleted from LINE once its members
/// have been moved off it. Turns never wait for any of this.
/// </summary>
public sealed class StaffRichMenuWorker(
    StaffRichMenuRequests requests,
    StaffRichMenu menu,
    IServiceScopeFactory scopes,
    WriteGate gate,
    LineMessagingClient line,
    LineUserDirectory users,
    TimeProvider time,
    ILogger<StaffRichMenuWorker> log) : BackgroundService
{
    private const int MaxAttempts = 8;
    // An outage of LINE's API lasts hours, not the ten minutes eight tries take; with the backoff at its ten-minute cap
    // this is about a day of tries before a retired menu is left on the account (which holds at most 1,000).
    private const int MaxDeleteAttempts = 150;
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(10);

    /// <summary>A configured menu: its id once ready, and when to try preparing it again.</summary>
    private sealed class MenuState(StaffRichMenuKind kind)
    {
        public StaffRichMenuKind Kind { get; } = kind;
        public string? Id { get; set; }
        public DateTimeOffset NextTry { get; set; } = DateTimeOffset.MinValue;
        public int Failures { get; set; }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var menus = StaffRichMenuKind.All.Where(requests.IsConfigured).Select(k => new MenuState(k)).ToList();
        if (!await PrepareAsync(stoppingToken)) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var state in menus.Where(m => m.Id is null && m.NextTry <= time.GetUtcNow()))
                await EnsureMenuAsync(state, stoppingToken);
            try { await LinkOnceAsync(menus.ToDictionary(m => m.Kind, m => m.Id), stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "Rich menu link round failed"); }
            try { await DeleteRetiredOnceAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "Retired rich menu round failed"); }
            if (!await DelayAsync(Poll, stoppingToken)) return;
        }
    }

    /// <summary>
    /// Before anything is linked: the once-per-database move to per-role menus and the retirement of menus whose image
    /// was emptied. False when there is nothing to do (no image and no stored menu) or when stopping.
    /// </summary>
    private async Task<bool> PrepareAsync(CancellationToken ct)
    {
        var failures = 0;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (!requests.Enabled && !await menu.AnyStoredAsync(ct)) return false;
                await menu.ApplyPerRoleMenusOnceAsync(ct);
                await menu.RetireUnconfiguredAsync(ct);
                return true;
            }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "Preparing the staff rich menus failed"); }
            if (!await DelayAsync(Backoff(++failures), ct)) return false;
        }
        return false;
    }

    private async Task EnsureMenuAsync(MenuState state, CancellationToken ct)
    {
        try
        {
            state.Id = await menu.EnsureAsync(state.Kind, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "Preparing the staff rich menu {Kind} failed", state.Kind); }
        if (state.Id is not null) return;
        state.NextTry = time.GetUtcNow() + Backoff(++state.Failures);
    }

    /// <summary>
    /// Performs the due link and unlink requests, oldest first; returns how many were tried. <paramref name="menus"/>
    /// holds the configured menus, each with its id or null while it is not ready (its links then wait).
    /// </summary>
    public async Task<int> LinkOnceAsync(IReadOnlyDictionary<StaffRichMenuKind, string?> menus, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var now = time.Ms();
        var due = await db.RichMenuLinks.Where(l => l.Status == RichMenuLinkStatus.Pending && l.NextAttemptAt <= now)
            .OrderBy(l => l.Id).Take(16).ToListAsync(ct);
        var tried = 0;
        foreach (var request in due)
            if (await PerformAsync(db, request, menus, now, ct)) tried++;
        await gate.SaveAsync(db, "staff-rich-menu", ct);
        return tried;
    }

    private async Task<bool> PerformAsync(ItaBotDb db, RichMenuLink request, IReadOnlyDictionary<StaffRichMenuKind, string?> menus,
        long now, CancellationToken ct)
    {
        string? menuId = null;
        if (request.Action != RichMenuLinkAction.Unlink)
        {
            var role = await db.StaffMembers.AsNoTracking()
                .Where(s => s.UserHash == request.UserHash && s.Status == StaffStatus.Active).Select(s => s.Role).FirstOrDefaultAsync(ct);
            // No longer staff, or their role's menu has no image: menuId stays null and the person is unlinked.
            if (role is not null && menus.TryGetValue(StaffRichMenuKind.For(role), out var id))
            {
                if (id is null)
                {
                    // That menu is configured but not ready yet: wait for it without using up an attempt.
                    request.NextAttemptAt = now + (long)FirstBackoff.TotalMilliseconds;
                    return false;
                }
                menuId = id;
            }
        }
        request.Attempts++;
        var userId = await users.UserIdAsync(db, request.UserHash, ct);
        if (userId is null)
        {
            request.Status = RichMenuLinkStatus.Failed;
            log.LogWarning("Rich menu {Action} request {RequestId}: the person is unknown", request.Action, request.Id);
            return true;
        }
        var result = menuId is null
            ? await line.UnlinkRichMenuFromUserAsync(userId, ct)
            : await line.LinkRichMenuToUserAsync(userId, menuId, ct);
        if (result.IsSuccess) request.Status = RichMenuLinkStatus.Done;
        else if (result.IsRetryable && request.Attempts < MaxAttempts)
            request.NextAttemptAt = now + (long)Backoff(request.Attempts).TotalMilliseconds;
        else request.Status = RichMenuLinkStatus.Failed;
        log.LogInformation("Rich menu {Action} request {RequestId}: {Done} {Outcome}", request.Action, request.Id,
            menuId is null ? "unlinked" : "linked", result.Outcome);
        return true;
    }

    /// <summary>
    /// Deletes each retired menu from LINE once no link request of its kind is pending, so nobody who still has it
    /// is left without a menu; returns how many deletions were tried. A deletion LINE fails in a way worth retrying
    /// is tried again with backoff, kept in the menu's row, up to <see cref="MaxDeleteAttempts"/> tries in all.
    /// </summary>
    public async Task<int> DeleteRetiredOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var retired = await db.Settings.Where(s => s.Key.StartsWith(StaffRichMenu.RetiredKeyPrefix)).ToListAsync(ct);
        if (retired.Count == 0) return 0;
        var waiting = await KindsWithPendingLinksAsync(db, ct);
        var now = time.Ms();
        var tried = 0;
        foreach (var row in retired)
        {
            var id = row.Key[StaffRichMenu.RetiredKeyPrefix.Length..];
            var entry = RetiredRichMenu.Parse(row.Value);
            var kind = StaffRichMenuKind.All.FirstOrDefault(k => k.Name == entry.KindName);
            if (kind is null ? waiting.Count > 0 : waiting.Contains(kind)) continue;
            if (!entry.IsDue(now)) continue;
            tried++;
            var result = await line.DeleteRichMenuAsync(id, ct);
            var attempts = entry.Attempts + 1;
            if (result.IsRetryable && attempts < MaxDeleteAttempts)
            {
                row.Value = entry.Failed(now, Backoff(attempts)).Format();
                log.LogInformation("Deleting the retired staff rich menu {Kind} {RichMenuId} failed ({Attempts} of {MaxAttempts}), trying again later: {Result}",
                    entry.KindName, id, attempts, MaxDeleteAttempts, result);
                continue;
            }
            db.Settings.Remove(row);
            if (result.IsSuccess || result.Outcome == LineApiOutcome.NotFound)
                log.LogInformation("Retired staff rich menu {Kind} {RichMenuId} deleted: {Outcome}", entry.KindName, id, result.Outcome);
            else if (result.IsRetryable)
                log.LogWarning("Deleting the retired staff rich menu {Kind} {RichMenuId} failed {Attempts} times; giving up, " +
                               "it stays on the LINE account: {Result}", entry.KindName, id, attempts, result);
            else
                log.LogWarning("LINE refused to delete the retired staff rich menu {Kind} {RichMenuId}; forgetting it: {Result}",
                    entry.KindName, id, result);
        }
        await gate.SaveAsync(db, "staff-rich-menu", ct);
        return tried;
    }

    /// <summary>
    /// The kinds of the people with a pending request, by every role they ever had: one who changed role may still
    /// hold the menu of either.
    /// </summary>
    private static async Task<HashSet<StaffRichMenuKind>> KindsWithPendingLinksAsync(ItaBotDb db, CancellationToken ct)
    {
        var roles = await db.RichMenuLinks.Where(l => l.Status == RichMenuLinkStatus.Pending)
            .Join(db.StaffMembers, l => l.UserHash, s => s.UserHash, (l, s) => s.Role).Distinct().ToListAsync(ct);
        return roles.Select(StaffRichMenuKind.For).ToHashSet();
    }

    private static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromTicks(Math.Min(FirstBackoff.Ticks << Math.Min(attempts - 1, 16), MaxBackoff.Ticks));

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, time, ct);
            return true;
        }
        catch (OperationCanceledException) { return false; }
    }
}
