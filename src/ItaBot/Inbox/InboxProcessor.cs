using System.Diagnostics;
using ItaBot.Line.Webhook;
using ItaBot.Outbox;
using ItaBot.Security;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using ItaBot.Webhook;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ItaBot.Inbox;

/// <summary>
/// Runs stored webhook events. A round takes the oldest pending events and handles them one after another in a
/// single transaction (one commit for many turns), so a person's turns can never overlap and their state, domain
/// rows and outgoing messages are all written, or none are. Turns do no network I/O, so a round is short and
/// other people are not kept waiting behind one person.
/// </summary>
public sealed class InboxProcessor(
    IServiceScopeFactory scopes,
    FieldCipher cipher,
    InboxSignal signal,
    OutboxSignal outbox,
    WriteGate gate,
    Microsoft.Extensions.Options.IOptions<Configuration.InboxOptions> options,
    TimeProvider time,
    ILogger<InboxProcessor> log) : BackgroundService
{
    public const int MaxAttempts = 3;
    private const int BatchSize = 128;

    /// <summary>A round commits after this long even with events left, so webhook acks never wait longer for the writer.</summary>
    private static readonly TimeSpan MaxRoundTime = TimeSpan.FromMilliseconds(25);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Process) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (!stoppingToken.IsCancellationRequested && await ProcessOnceAsync(stoppingToken) > 0) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Inbox round failed; retrying shortly");
                await Task.Delay(TimeSpan.FromMilliseconds(200), time, stoppingToken).ContinueWith(_ => { });
            }
            await signal.Signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken);
        }
    }

    public async Task<int> ProcessOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var handler = scope.ServiceProvider.GetRequiredService<ITurnHandler>();
        db.Database.OpenConnection();
        // Read and decoded before taking the writer gate: WAL readers never wait for the writer, and decrypting and
        // parsing need no lock, so the one core that holds the gate spends it on the turns alone. Only this
        // processor changes pending events, so the rows cannot change before the round takes them.
        var batch = db.InboxEvents.Where(e => e.Status == InboxStatus.Pending)
            .OrderBy(e => e.EventTimestamp).ThenBy(e => e.Id).Take(BatchSize).AsNoTracking().ToList();
        if (batch.Count == 0 && !InboxArrivals.Any(db.Database.GetDbConnection())) return 0;
        var decoded = batch.Select(Decode).ToList();

        var finished = new List<Finished>(batch.Count);
        var moved = false;
        var taken = 0;
        using (await gate.EnterAsync("inbox-processor", ct))
        {
            // A round's commit waits for no fsync: its replies reach LINE only after the dispatcher's own sync.
            // Arrivals moved in it are still safe: until that sync they stay where the webhook's synced commit put them.
            using var deferred = SqlitePragmas.DeferSync(db.Database.GetDbConnection());
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            taken = await RunTurnsAsync(db, handler, batch, decoded, tx.GetDbTransaction(), finished, ct);
            // Moved at the end, for the next round: that one reads and decodes them before it takes the gate.
            moved = InboxArrivals.Move(db.Database.GetDbConnection(), tx.GetDbTransaction());
            await tx.CommitAsync(ct);
        }
        outbox.Signal.Raise();
        // Logged once committed and outside the gate: formatting log lines is work no other writer should wait for.
        foreach (var f in finished)
            log.LogInformation("Turn {EventId} {EventType} {Outcome} in {Ms:F1} ms (waited {WaitMs} ms)",
                f.Row.WebhookEventId, f.Row.EventType, f.Skipped ? "skipped" : "done", f.Ms, f.WaitMs);
        // Failed and held-back events count too: a round that only retried a failure still did work.
        return taken + (moved ? 1 : 0);
    }

    /// <summary>Returns how many of the batch's events the round took, whatever became of them.</summary>
    private async Task<int> RunTurnsAsync(ItaBotDb db, ITurnHandler handler, List<InboxEvent> batch, List<Decoded> decoded,
        System.Data.Common.DbTransaction tx, List<Finished> finished, CancellationToken ct)
    {
        if (batch.Count == 0) return 0;
        var stalledChats = new HashSet<string>();
        var outcomes = new RoundOutcomes();
        var started = Stopwatch.GetTimestamp();
        // Each turn has its own savepoint below; EF's automatic one around every SaveChanges would only double it.
        db.Database.AutoSavepointsEnabled = false;
        using var savepoint = new TurnSavepoint(db.Database.GetDbConnection(), tx);
        var taken = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            if (i > 0 && Stopwatch.GetElapsedTime(started) > MaxRoundTime) break;
            taken++;
            // After a failure, later events of the same person wait, so they are never handled out of order.
            if (stalledChats.Contains(batch[i].ChatKey)) continue;
            if (await RunAsync(db, handler, batch[i], decoded[i], savepoint, outcomes, ct) is { } done) finished.Add(done);
            else stalledChats.Add(batch[i].ChatKey);
        }
        outcomes.Record(db, time.Ms());
        return taken;
    }

    private async Task<Finished?> RunAsync(ItaBotDb db, ITurnHandler handler, InboxEvent row, Decoded decoded,
        TurnSavepoint savepoint, RoundOutcomes outcomes, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        savepoint.Begin();
        Turn? turn = null;
        var attemptsBefore = row.Attempts;
        try
        {
            decoded.Error?.Throw();
            turn = decoded.Event is null ? null : new Turn(db, decoded.Event, Clock.FromMs(row.ReceivedAt), time.GetUtcNow());
            var skipped = turn is null || turn.Event.IsStandby;
            if (turn is not null && !skipped) await handler.HandleAsync(turn, ct);
            // SQLite has no asynchronous I/O: the synchronous calls on this hot path skip EF's async layers for nothing.
            db.SaveChanges();
            savepoint.Release();
            // Saved rows need no tracking; without this every later save in the round re-scans all earlier turns.
            db.ChangeTracker.Clear();
            // The row's own status is written for the whole round at its end, in the same transaction.
            outcomes.Add(row.Id, skipped);
            return new Finished(row, skipped, Stopwatch.GetElapsedTime(started).TotalMilliseconds, time.Ms() - row.ReceivedAt);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            savepoint.Undo();
            db.ChangeTracker.Clear();
            await RecordFailureAsync(db, handler, row, attemptsBefore + 1, turn, e, ct);
            return null;
        }
    }

    private async Task RecordFailureAsync(ItaBotDb db, ITurnHandler handler, InboxEvent row, int attempts, Turn? turn,
        Exception e, CancellationToken ct)
    {
        var final = attempts >= MaxAttempts;
        // Exception messages can quote user input, so only the type and the failing method are logged.
        log.LogError("Turn {EventId} {EventType} failed (attempt {Attempt}): {Error} at {Where}",
            row.WebhookEventId, row.EventType, attempts, e.GetType().Name, e.TargetSite?.Name);
        var status = final ? InboxStatus.Failed : InboxStatus.Pending;
        long? processedAt = final ? time.Ms() : null;
        await db.InboxEvents.Where(x => x.Id == row.Id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Attempts, attempts)
            .SetProperty(x => x.Status, status)
            .SetProperty(x => x.Error, e.GetType().Name)
            .SetProperty(x => x.ProcessedAt, processedAt), ct);
        if (final && turn is not null)
        {
            handler.Apologise(turn);
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The stored event as LINE sent it; no event when it no longer parses (it is then skipped).</summary>
    private Decoded Decode(InboxEvent row)
    {
        try
        {
            var json = cipher.DecryptText(row.Payload, WebhookReceiver.InboxPurpose);
            var parsed = WebhookParser.Parse(System.Text.Encoding.UTF8.GetBytes("{\"events\":[" + json + "]}"));
            return new Decoded(parsed.IsValid && parsed.Envelope!.Events.Count == 1 ? parsed.Envelope.Events[0] : null, null);
        }
        catch (Exception e) { return new Decoded(null, System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e)); }
    }

    /// <summary>
    /// A failure to decrypt is kept and raised inside the turn, where failures are counted and retried; raised with its
    /// own stack, so the log names the method that failed.
    /// </summary>
    private sealed record Decoded(WebhookEvent? Event, System.Runtime.ExceptionServices.ExceptionDispatchInfo? Error);

    private sealed record Finished(InboxEvent Row, bool Skipped, double Ms, long WaitMs);
}
