using System.Diagnostics;
using ItaBot.Inbox;
using ItaBot.Line;
using ItaBot.Line.Webhook;
using ItaBot.LineEmulator;
using ItaBot.Security;
using ItaBot.Storage;
using ItaBot.Webhook;

namespace ItaBot.Bench;

/// <summary>
/// What each step of storing a webhook costs on its own, on one thread in this process, with the ingest bench's
/// bodies: the checks, the sealing, SQLite's insert by commit size, and the sync that every acknowledged batch waits
/// for. A stored webhook costs the sum of these plus the web server's own work, so this shows which part to blame.
/// </summary>
public sealed class IngestPartsBench(BenchReport report)
{
    private const int Rounds = 3;

    public async Task RunAsync(string directory, int bodies, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        List<(byte[] Body, string Signature)> signed;
        string secret;
        await using (var line = await LineEmulatorServer.StartAsync(new LineEmulatorOptions(), ct))
        {
            signed = IngestBench.Bodies(line, bodies);
            secret = line.ChannelSecret;
        }
        report.Section($"Ingest, step by step: {bodies:N0} bodies of {signed[0].Body.Length} bytes, one thread, this process");
        var ring = KeyRing.Generate();
        var cipher = new FieldCipher(ring);
        var index = new BlindIndex(ring);
        var events = signed.Select(s => WebhookScanner.Scan(s.Body).Events[0]).ToArray();

        PerItem("check the signature", signed.Count, i => LineSignature.IsValid(secret, signed[i].Body, signed[i].Signature));
        PerItem("scan the body", signed.Count, i => WebhookScanner.Scan(signed[i].Body));
        PerItem("chat key (blind index)", signed.Count, i => index.Chat(events[i].ChatId ?? ""));
        PerItem("seal the event", signed.Count, i => cipher.Encrypt(signed[i].Body.AsSpan(events[i].Raw), WebhookReceiver.InboxPurpose));

        var records = signed.Select((s, i) => WebhookReceiver.ToRecord(events[i], s.Body.AsSpan(events[i].Raw), index, cipher)).ToArray();
        var database = new Database(Database.Normalise("Data Source=" + Path.Combine(directory, "parts.db")), new SqlitePragmas(5000, true));
        database.Migrate();
        using var insert = ArrivalInsert.Open(database);
        foreach (var size in new[] { 1, 16, 50 })
            PerItem($"insert, {size} per commit", records.Length, Batches(records, size, batch => insert.Commit(batch, 0)), "per row, commit not synced");

        var wal = WalSync.For(database);
        Action<int> commit16 = i => insert.Commit(new ArraySegment<InboxRecord>(records, i * 16 % (records.Length - 16), 16), 0);
        Syncs("commit 16 rows + sync, WAL growing", records.Length / 16, commit16, wal.Flush);
        // Every frame copied back, so the next commit starts the WAL again from its beginning, over its old frames.
        using (var checkpoint = database.Open()) WalCheckpointer.Checkpoint(checkpoint);
        Syncs("commit 16 rows + sync, WAL reused", records.Length / 32, commit16, wal.Flush);
        var rowsOf16 = records.Take(16).Sum(r => r.Payload.Length);
        using var plain = new FileStream(Path.Combine(directory, "plain.bin"), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var chunk = new byte[rowsOf16];
        Syncs($"append {rowsOf16 / 1024.0:F1} KB to a file + fsync", Math.Min(bodies, 2_000), _ => plain.Write(chunk), () => plain.Flush(true));
        Syncs($"overwrite {rowsOf16 / 1024.0:F1} KB in place + fsync", Math.Min(bodies, 2_000), _ => { plain.Position = 0; plain.Write(chunk); }, () => plain.Flush(true));
        report.Note("A sync's wall time is what a batch of webhooks waits before its 200s; the kernel's journal work for it runs");
        report.Note("partly in its own threads, outside the CPU figure here, but on the same cores.");
    }

    private static Action<int> Batches(InboxRecord[] records, int size, Action<IEnumerable<InboxRecord>> commit) =>
        i => { if (i % size == 0) commit(new ArraySegment<InboxRecord>(records, i, Math.Min(size, records.Length - i))); };

    /// <summary>Warmed up by one pass, then timed over several; prints microseconds per item.</summary>
    private void PerItem(string name, int count, Action<int> step, string unit = "per webhook")
    {
        for (var i = 0; i < count; i++) step(i);
        var started = Stopwatch.GetTimestamp();
        for (var pass = 0; pass < Rounds; pass++)
            for (var i = 0; i < count; i++) step(i);
        var micros = Stopwatch.GetElapsedTime(started).TotalMicroseconds / (Rounds * count);
        report.Line(name, $"{micros:F1} µs {unit}");
    }

    /// <summary>Each write followed by its sync: the sync's wall time, and this process's CPU for write and sync together.</summary>
    private void Syncs(string name, int count, Action<int> write, Action sync)
    {
        // Whatever earlier steps left unsynced is not this step's cost.
        sync();
        using var self = Process.GetCurrentProcess();
        var cpu0 = self.TotalProcessorTime;
        var syncing = 0L;
        for (var i = 0; i < count; i++)
        {
            write(i);
            var started = Stopwatch.GetTimestamp();
            sync();
            syncing += Stopwatch.GetTimestamp() - started;
        }
        self.Refresh();
        var cpu = (self.TotalProcessorTime - cpu0).TotalMicroseconds / count;
        report.Line(name, $"sync {Stopwatch.GetElapsedTime(0, syncing).TotalMicroseconds / count:F0} µs wall; write and sync {cpu:F0} µs CPU");
    }
}
