using System.Diagnostics;
using ItaBot.Line.Api;
using ItaBot.Line.Messaging;
using ItaBot.Security;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ItaBot.Outbox;

/// <summary>
/// Sends outbox rows to LINE: the oldest pending row of each chat at a time (so a person reads messages in order),
/// many chats at once. Each attempt is recorded before the call, so after a crash an unanswered attempt is known.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    LineMessagingClient client,
    FieldCipher cipher,
    OutboxSignal signal,
    WriteGate gate,
    WalSync wal,
    AlertRecipientCheck alertRecipients,
    TimeProvider time,
    ILogger<OutboxDispatcher> log) : BackgroundService
{
    private const int Parallelism = 32;
    private const int BatchSize = 256;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (!stoppingToken.IsCancellationRequested && await DispatchOnceAsync(stoppingToken) > 0) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Outbox dispatch round failed; retrying shortly");
            }
            await signal.Signal.WaitAsync(TimeSpan.FromMilliseconds(500), stoppingToken);
        }
    }

    /// <summary>One round: claim due rows, call LINE, record outcomes. Returns how many rows were attempted.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken ct)
    {
        var now = time.Ms();
        List<OutboxMessage> rows;
        List<(OutboxMessage Row, DeliveryDecision Decision, string? RequestId)> withdrawn;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
            rows = await db.OutboxMessages
                .FromSqlRaw("""
                    SELECT o.* FROM OutboxMessages o
                    WHERE o.Status = 0 AND o.NextAttemptAt <= {0}
                      AND o.Id = (SELECT MIN(i.Id) FROM OutboxMessages i WHERE i.ChatKey = o.ChatKey AND i.Status = 0)
                    ORDER BY o.Id LIMIT {1}
                    """, now, BatchSize)
                .AsNoTracking().ToListAsync(ct);
            if (rows.Count == 0) return 0;
            withdrawn = await WithdrawAsync(db, rows, now, ct);
            if (rows.Count > 0) await MarkSendingAsync(db, rows, ct);
        }

        var attempted = new (OutboxMessage Row, DeliveryDecision Decision, string? RequestId)[rows.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, rows.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct },
            async (i, token) => attempted[i] = await AttemptAsync(rows[i], token));
        var results = attempted.Concat(withdrawn).ToArray();

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
            await RecordAsync(db, results, ct);
        }
        if (results.Any(r => r.Decision.Status == OutboxStatus.Pending && r.Decision.NextAttemptAt <= time.Ms()))
            signal.Signal.Raise();
        return results.Length;
    }

    /// <summary>Takes out of the round the alerts whose recipient should no longer get them; they are never sent.</summary>
    private async Task<List<(OutboxMessage Row, DeliveryDecision Decision, string? RequestId)>> WithdrawAsync(ItaBotDb db, List<OutboxMessage> rows, long now,
        CancellationToken ct)
    {
        var ids = await alertRecipients.WithdrawnAsync(db, rows, ct);
        var withdrawn = rows.Where(r => ids.Contains(r.Id)).ToList();
        rows.RemoveAll(r => ids.Contains(r.Id));
        foreach (var row in withdrawn)
            log.LogInformation("Outbox {OutboxId} {Purpose} withdrawn: the recipient no longer receives it", row.Id, row.Purpose);
        return withdrawn.Select(r => (r, new DeliveryDecision(OutboxStatus.Withdrawn, r.Kind, now, "RecipientNotStaff"), (string?)null)).ToList();
    }

    private async Task MarkSendingAsync(ItaBotDb db, List<OutboxMessage> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        await db.Database.OpenConnectionAsync(ct);
        using (await gate.EnterAsync("outbox-mark", ct))
        using (SqlitePragmas.DeferSync(db.Database.GetDbConnection()))
        {
            await db.OutboxMessages.Where(o => ids.Contains(o.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Attempts, o => o.Attempts + 1)
                                          .SetProperty(o => o.LastOutcome, DeliveryDecision.Sending), ct);
        }
        // On disk before any call to LINE, so a crash can never hide an attempt; and with it every turn committed
        // before it, whose replies these are. Synced outside the gate, where the disk holds up no other writer.
        wal.Flush();
    }

    private async Task<(OutboxMessage, DeliveryDecision, string?)> AttemptAsync(OutboxMessage row, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var now = time.Ms();
        var ambiguousBefore = DeliveryDecision.WasAmbiguous(row.Attempts, row.LastOutcome);
        var tokenFresh = row.ReplyToken is not null && now < row.ReplyDeadline;
        var kind = row.Kind == "reply" && !tokenFresh ? "push" : row.Kind;
        LineApiResult result;
        try
        {
            var messages = LineJson.DeserializeMessages(cipher.DecryptText(row.Messages, OutboxComposer.MessagesPurpose));
            var target = cipher.DecryptText(row.Target, OutboxComposer.TargetPurpose);
            result = kind == "reply"
                ? await client.ReplyAsync(row.ReplyToken!, messages, ct)
                : await client.PushAsync(target, messages, Guid.Parse(row.RetryKey), ct);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or System.Text.Json.JsonException)
        {
            log.LogError("Outbox {OutboxId} cannot be read ({Error}); marked failed", row.Id, e.GetType().Name);
            return (row, new DeliveryDecision(OutboxStatus.Failed, kind, now, "Unreadable"), null);
        }
        var decision = DeliveryDecision.After(kind, result, ambiguousBefore && kind == "reply", tokenFresh,
            row.Attempts + 1, row.CreatedAt, time.Ms(), Random.Shared.NextDouble());
        // A reply that must become a push goes straight on, while the person is still waiting.
        if (kind == "reply" && decision is { Status: OutboxStatus.Pending, Kind: "push" })
        {
            row.Kind = "push";
            row.ReplyToken = null;
            return await AttemptAsync(row, ct);
        }
        var level = decision.Status == OutboxStatus.Failed ? LogLevel.Warning : LogLevel.Information;
        log.Log(level, "Outbox {OutboxId} {Purpose} via {Kind}: {Outcome} after {Attempts} attempts in {Ms:F1} ms",
            row.Id, row.Purpose, kind, decision.Outcome, row.Attempts + 1, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return (row, decision, result.AcceptedRequestId ?? result.RequestId);
    }

    private async Task RecordAsync(ItaBotDb db, (OutboxMessage Row, DeliveryDecision Decision, string? RequestId)[] results, CancellationToken ct)
    {
        var now = time.Ms();
        using var writing = await gate.EnterAsync("outbox-record", ct);
        await db.Database.OpenConnectionAsync(ct);
        // Outcomes lost in a power cut look exactly like an attempt cut off by a crash, which DeliveryDecision resolves.
        using var deferred = SqlitePragmas.DeferSync(db.Database.GetDbConnection());
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // One prepared statement for the whole round: this runs on the single writer path, so every row costs turns.
        await using var update = db.Database.GetDbConnection().CreateCommand();
        update.Transaction = tx.GetDbTransaction();
        update.CommandText = "UPDATE OutboxMessages SET Status = $status, Kind = $kind, ReplyToken = $token, NextAttemptAt = $next, " +
                             "LastOutcome = $outcome, RequestId = $request, SentAt = $sent WHERE Id = $id";
        var p = new[] { "$status", "$kind", "$token", "$next", "$outcome", "$request", "$sent", "$id" }
            .ToDictionary(n => n, n => { var x = update.CreateParameter(); x.ParameterName = n; update.Parameters.Add(x); return x; });
        foreach (var (row, decision, requestId) in results)
        {
            p["$status"].Value = decision.Status;
            p["$kind"].Value = decision.Kind;
            p["$token"].Value = decision.Kind == "reply" ? row.ReplyToken ?? (object)DBNull.Value : DBNull.Value;
            p["$next"].Value = decision.NextAttemptAt;
            p["$outcome"].Value = decision.Outcome;
            p["$request"].Value = requestId ?? (object)DBNull.Value;
            p["$sent"].Value = decision.Status == OutboxStatus.Sent ? now : DBNull.Value;
            p["$id"].Value = row.Id;
            await update.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }
}
