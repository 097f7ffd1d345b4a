using System.Threading.Channels;
using ItaBot.Storage;
using Microsoft.Data.Sqlite;

namespace ItaBot.Inbox;

/// <summary>
/// The single writer of the inbox. Webhook requests hand it their events and wait; it commits everything that
/// has queued up in one transaction (group commit: one fsync for many requests) and then releases them all.
/// That keeps "200 only after the events are durable" cheap under load. The fsync comes after the commit, outside
/// the writer gate (<see cref="WalSync"/>), so turns and the outbox are not held up by the disk.
/// </summary>
public sealed class InboxWriter : BackgroundService
{
    private const int MaxBatchRequests = 512;
    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(10_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });
    private readonly Database _database;
    private readonly TimeProvider _time;
    private readonly InboxSignal _signal;
    private readonly WriteGate _gate;
    private readonly WalSync _wal;
    private readonly ILogger<InboxWriter> _log;

    public InboxWriter(Database database, TimeProvider time, InboxSignal signal, WriteGate gate, WalSync wal, ILogger<InboxWriter> log)
    {
        _database = database;
        _wal = wal;
        _gate = gate;
        _time = time;
        _signal = signal;
        _log = log;
    }

    /// <summary>Completes when the records are committed. Duplicates are dropped later, when the processor moves them.</summary>
    public async Task WriteAsync(IReadOnlyList<InboxRecord> records, CancellationToken ct)
    {
        // Completed inline by the writer: each request's answer is then written straight after the commit instead of
        // waiting for a pool thread to wake (a third of the webhook's CPU went to those hand-offs).
        var pending = new Pending(records, new TaskCompletionSource());
        await _queue.Writer.WriteAsync(pending, ct);
        await pending.Done.Task.WaitAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ArrivalInsert? arrivals = null;
        var batch = new List<Pending>(MaxBatchRequests);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < MaxBatchRequests && _queue.Reader.TryRead(out var item)) batch.Add(item);
                arrivals ??= ArrivalInsert.Open(_database);
                try
                {
                    using (await _gate.EnterAsync("inbox-writer", stoppingToken)) arrivals.Commit(batch.SelectMany(p => p.Records), _time.Ms());
                    _signal.Signal.Raise();
                    _wal.Flush();
                    foreach (var p in batch) p.Done.TrySetResult();
                }
                catch (Exception e) when (e is SqliteException or InvalidOperationException or IOException or UnauthorizedAccessException)
                {
                    _log.LogError(e, "Inbox commit failed for {Requests} webhook requests", batch.Count);
                    foreach (var p in batch) p.Done.TrySetException(e);
                    arrivals?.Dispose();
                    arrivals = null;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        finally
        {
            arrivals?.Dispose();
            while (_queue.Reader.TryRead(out var left)) left.Done.TrySetCanceled(stoppingToken);
        }
    }

    private sealed record Pending(IReadOnlyList<InboxRecord> Records, TaskCompletionSource Done);
}
