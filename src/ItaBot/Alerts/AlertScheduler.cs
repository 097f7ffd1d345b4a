using ItaBot.Configuration;
using ItaBot.Outbox;
using ItaBot.Storage;
using Microsoft.Extensions.Options;

namespace ItaBot.Alerts;

/// <summary>
/// Looks for due and overdue cases, late measure activities and the morning digest every Alerts:CheckIntervalSeconds.
/// It only writes outbox rows (with their AlertLog keys, in one save); the dispatcher does the sending, so a
/// blocked or unreachable admin never holds up anybody else.
/// </summary>
public sealed class AlertScheduler(
    IServiceScopeFactory scopes,
    WriteGate gate,
    OutboxSignal outbox,
    TimeProvider time,
    IOptions<AlertOptions> options,
    IOptions<AlertScheduleOptions> schedule,
    ILogger<AlertScheduler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!schedule.Value.Enabled) return;
        var every = TimeSpan.FromSeconds(Math.Max(5, options.Value.CheckIntervalSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await RunOnceAsync(time.GetUtcNow(), stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "Alert round failed; trying again next round"); }
            try { await Task.Delay(every, time, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    public async Task<AlertRound> RunOnceAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ItaBotDb>();
        var round = new AlertRound(
            await services.GetRequiredService<CaseDeadlineAlerts>().RunAsync(db, now, ct),
            await services.GetRequiredService<ActivityOverdueAlerts>().RunAsync(db, now, ct),
            await services.GetRequiredService<DailyDigest>().RunAsync(db, now, ct));
        // In line with the other writers: outside the gate a large round met them in SQLite's busy handler, whose
        // growing sleeps held up the webhooks' acknowledgements behind it.
        await gate.SaveAsync(db, "alert-round", ct);
        if (round.Cases + round.Activities > 0 || round.DigestRecipients > 0)
        {
            outbox.Signal.Raise();
            log.LogInformation("Alerts raised: {Cases} cases, {Activities} activities, digest to {Digest}",
                round.Cases, round.Activities, round.DigestRecipients);
        }
        return round;
    }
}
