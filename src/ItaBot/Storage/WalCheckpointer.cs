using Microsoft.Data.Sqlite;

namespace ItaBot.Storage;

/// <summary>
/// Copies the WAL back into the database file beside the writers. SQLite's automatic checkpoint runs inside
/// whichever commit crosses 1,000 WAL pages; under load that was mostly the turn loop's commit, which then held
/// the writer gate for 10-25 ms while every webhook and turn waited (a quarter of the turn loop's time). A PASSIVE
/// checkpoint takes no writer lock, so here it costs the writers nothing; the bot's own connections therefore have
/// wal_autocheckpoint=0 (<see cref="SqlitePragmas"/>).
/// </summary>
public sealed class WalCheckpointer(Database database, WriteGate gate, TimeProvider time, ILogger<WalCheckpointer> log,
    long restartAfterPages = WalCheckpointer.RestartAfterPages) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// 64 MB of WAL. The pass that holds the writers takes 10-25 ms under load (copying and two fsyncs), so it is kept
    /// rare; the passes beside the writers still copy everything every <see cref="Interval"/>.
    /// </summary>
    public const long RestartAfterPages = 16_384;

    /// <summary>Few enough frames to copy while the writers wait (about a millisecond's work).</summary>
    private const long FinalPassPages = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        SqliteConnection? connection = null;
        var failures = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(failures == 0 ? Interval : AfterFailures(failures), time, stoppingToken);
                try
                {
                    connection ??= database.Open();
                    var (walPages, copied) = Checkpoint(connection);
                    failures = 0;
                    if (walPages < restartAfterPages) continue;
                    // The WAL only starts again from its beginning when a write begins with every frame copied, which
                    // under steady writes never happens by chance: it grew past 800 MB in a 10-second run. So passes
                    // beside the writers copy the bulk, and a last one with the writers held copies the few frames
                    // they added meanwhile; the next write then starts the WAL over.
                    for (var pass = 0; walPages - copied > FinalPassPages && pass < 5; pass++) (walPages, copied) = Checkpoint(connection);
                    using (await gate.EnterAsync("wal-checkpoint", stoppingToken)) Checkpoint(connection);
                }
                catch (SqliteException e)
                {
                    failures++;
                    log.LogWarning("WAL checkpoint failed ({Error}, code {Code}); trying again in {Seconds:F1} s",
                        e.GetType().Name, e.SqliteErrorCode, AfterFailures(failures).TotalSeconds);
                    connection?.Dispose();
                    connection = null;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        finally
        {
            // One last pass, so a clean stop leaves little for the next start to replay.
            try { if (connection is not null) Checkpoint(connection); }
            catch (SqliteException) { /* the next start replays the WAL; nothing is lost */ }
            connection?.Dispose();
        }
    }

    /// <summary>A lasting failure (a full disk) is worth a line now and then, not five a second.</summary>
    private static TimeSpan AfterFailures(int failures) =>
        TimeSpan.FromTicks(Math.Min(Interval.Ticks << Math.Min(failures, 8), TimeSpan.FromSeconds(30).Ticks));

    /// <summary>Returns the WAL's size and how much of it is now in the database file, both in pages.</summary>
    public static (long WalPages, long Copied) Checkpoint(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(1), reader.GetInt64(2)) : (0, 0);
    }
}
