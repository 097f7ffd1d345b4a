using ItaBot.Line.Api;
using ItaBot.People;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Staff.RichMenu;

/// <summary>
/// At start-up makes sure the staff rich menu exists (retrying with backoff while LINE fails), then links and
/// unlinks it per person as enrollments and revocations queue requests. Turns never wait for any of this.
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!requests.Enabled) return;
        var menuId = await EnsureMenuAsync(stoppingToken);
        while (menuId is not null && !stoppingToken.IsCancellationRequested)
        {
            try { await LinkOnceAsync(menuId, stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "Rich menu link round failed"); }
            if (!await DelayAsync(Poll, stoppingToken)) return;
        }
    }

    private async Task<string?> EnsureMenuAsync(CancellationToken ct)
    {
        var backoff = FirstBackoff;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (await menu.EnsureAsync(ct) is { } id) return id;
            }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "Preparing the staff rich menu failed"); }
            if (!await DelayAsync(backoff, ct)) return null;
            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
        }
        return null;
    }

    /// <summary>Performs the due link and unlink requests, oldest first; returns how many were tried.</summary>
    public async Task<int> LinkOnceAsync(string menuId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var now = time.Ms();
        var due = await db.RichMenuLinks.Where(l => l.Status == RichMenuLinkStatus.Pending && l.NextAttemptAt <= now)
            .OrderBy(l => l.Id).Take(16).ToListAsync(ct);
        foreach (var request in due) await PerformAsync(db, request, menuId, now, ct);
        await db.SaveChangesAsync(ct);
        return due.Count;
    }

    private async Task PerformAsync(ItaBotDb db, RichMenuLink request, string menuId, long now, CancellationToken ct)
    {
        request.Attempts++;
        var userId = await users.UserIdAsync(db, request.UserHash, ct);
        if (userId is null)
        {
            request.Status = RichMenuLinkStatus.Failed;
            log.LogWarning("Rich menu {Action} request {RequestId}: the person is unknown", request.Action, request.Id);
            return;
        }
        var result = request.Action == RichMenuLinkAction.Unlink
            ? await line.UnlinkRichMenuFromUserAsync(userId, ct)
            : await line.LinkRichMenuToUserAsync(userId, menuId, ct);
        if (result.IsSuccess) request.Status = RichMenuLinkStatus.Done;
        else if (result.IsRetryable && request.Attempts < MaxAttempts)
            request.NextAttemptAt = now + (long)Backoff(request.Attempts).TotalMilliseconds;
        else request.Status = RichMenuLinkStatus.Failed;
        log.LogInformation("Rich menu {Action} request {RequestId}: {Outcome}", request.Action, request.Id, result.Outcome);
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
