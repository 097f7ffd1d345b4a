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
        using var writing = await gate.EnterAsync("inbox-processor", ct);
        await db.Database.OpenConnectionAsync(ct);
        // A round's commit waits for no fsync: its replies reach LINE only after the dispatcher's own FULL commit.
        // Arrivals moved in it are still safe: until that commit they stay where the webhook's FULL commit put them.
        using var deferred = SqlitePragmas.DeferSync(db.Database.GetDbConnection());
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var moved = InboxArrivals.Move(db.Database.GetDbConnection(), tx.GetDbTransaction());
        var batch = db.InboxEvents.Where(e => e.Status == InboxStatus.Pending)
            .OrderBy(e => e.EventTimestamp).ThenBy(e => e.Id).Take(BatchSize).AsNoTracking().ToList();
        if (batch.Count == 0)
        {
            if (moved) await tx.CommitAsync(ct);
            return 0;
        }

        var stalledChats = new HashSet<string>();
        var outcomes = new RoundOutcomes();
        var started = Stopwatch.GetTimestamp();
        var handled = 0;
        // Each turn has its own savepoint below; EF's automatic one around every SaveChanges would only double it.
        db.Database.AutoSavepointsEnabled = false;
        using var savepoint = new TurnSavepoint(db.Database.GetDbConnection(), tx.GetDbTransaction());
        foreach (var row in batch)
        {
            if (handled > 0 && Stopwatch.GetElapsedTime(started) > MaxRoundTime) break;
            handled++;
            // After a failure, later events of the same person wait, so they are never handled out of order.
            if (stalledChats.Contains(row.ChatKey)) continue;
            if (!await RunAsync(db, handler, row, savepoint, outcomes, ct)) stalledChats.Add(row.ChatKey);
        }
        outcomes.Record(db, time.Ms());
        await tx.CommitAsync(ct);
        outbox.Signal.Raise();
        return handled;
    }

    private async Task<bool> RunAsync(ItaBotDb db, ITurnHandler handler, InboxEvent row, TurnSavepoint savepoint,
        RoundOutcomes outcomes, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        savepoint.Begin();
        Turn? turn = null;
        var attemptsBefore = row.Attempts;
        try
        {
            turn = ToTurn(db, row);
            var skipped = turn is null || turn.Event.IsStandby;
            if (turn is not null && !skipped) await handler.HandleAsync(turn, ct);
            // SQLite has no asynchronous I/O: the synchronous calls on this hot path skip EF's async layers for nothing.
            db.SaveChanges();
            savepoint.Release();
            // Saved rows need no tracking; without this every later save in the round re-scans all earlier turns.
            db.ChangeTracker.Clear();
            // The row's own status is written for the whole round at its end, in the same transaction.
            outcomes.Add(row.Id, skipped);
            log.LogInformation("Turn {EventId} {EventType} {Outcome} in {Ms:F1} ms (waited {WaitMs} ms)",
                row.WebhookEventId, row.EventType, skipped ? "skipped" : "done",
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, time.Ms() - row.ReceivedAt);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            savepoint.Undo();
            db.ChangeTracker.Clear();
            await RecordFailureAsync(db, handler, row, attemptsBefore + 1, turn, e, ct);
            return false;
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

    private Turn? ToTurn(ItaBotDb db, InboxEvent row)
    {
        var json = cipher.DecryptText(row.Payload, WebhookReceiver.InboxPurpose);
        var parsed = WebhookParser.Parse(System.Text.Encoding.UTF8.GetBytes("{\"events\":[" + json + "]}"));
        if (!parsed.IsValid || parsed.Envelope is null || parsed.Envelope.Events.Count != 1) return null;
        return new Turn(db, parsed.Envelope.Events[0], Clock.FromMs(row.ReceivedAt), time.GetUtcNow());
    }
}
