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
/// is unlinked instead. Turns never wait for any of this.
/// </summary>
public sealed class StaffRichMenuWorker(
    StaffRichMenuRequests requests,
    StaffRichMenu menu,
    IServiceScopeFactory scopes,
    LineMessagingClient line,
    LineUserDirectory users,
    TimeProvider time,
    ILogger<StaffRichMenuWorker> log) : BackgroundService
{
    private const int MaxAttempts = 8;
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
        if (!requests.Enabled) return;
        var menus = StaffRichMenuKind.All.Where(requests.IsConfigured).Select(k => new MenuState(k)).ToList();
        if (!await ApplyPerRoleMenusAsync(stoppingToken)) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var state in menus.Where(m => m.Id is null && m.NextTry <= time.GetUtcNow()))
                await EnsureMenuAsync(state, stoppingToken);
            try { await LinkOnceAsync(menus.ToDictionary(m => m.Kind, m => m.Id), stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "Rich menu link round failed"); }
            if (!await DelayAsync(Poll, stoppingToken)) return;
        }
    }

    /// <summary>Before anything is linked, once per database; false only when stopping.</summary>
    private async Task<bool> ApplyPerRoleMenusAsync(CancellationToken ct)
    {
        var failures = 0;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await menu.ApplyPerRoleMenusOnceAsync(ct);
                return true;
            }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "Moving staff to the menu of their role failed"); }
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
        await db.SaveChangesAsync(ct);
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
