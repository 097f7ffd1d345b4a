using ItaBot.Calendar;
using ItaBot.Storage;
using Microsoft.Extensions.Options;

namespace ItaBot.Privacy;

/// <summary>Runs the retention purge once a day at the configured Bangkok hour (night, when nobody is waiting).</summary>
public sealed class RetentionWorker(
    RetentionPurge purge, WriteGate gate, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(UntilNextRun(time.GetUtcNow(), options.Value.RunAtHour), time, stoppingToken);
                // In line with the bot's other writers. Outside the gate, the purge's transaction and VACUUM met them in
                // SQLite's busy handler, whose sleeps grow, and a purge longer than Storage:BusyTimeoutMs failed them.
                using (await gate.EnterAsync("retention-purge", stoppingToken)) purge.Run();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
            {
                log.LogError("Retention purge failed ({Error}); trying again tomorrow", e.GetType().Name);
            }
        }
    }

    public static TimeSpan UntilNextRun(DateTimeOffset now, int hour)
    {
        var local = TimeZoneInfo.ConvertTime(now, BangkokTime.Zone);
        var next = new DateTimeOffset(local.Date.AddHours(Math.Clamp(hour, 0, 23)), local.Offset);
        if (next <= local) next = next.AddDays(1);
        return next - local;
    }
}
