using System.Collections.Concurrent;
using System.Diagnostics;

namespace ItaBot.Bench;

/// <summary>
/// Person turns from webhook to reply at the stand-in, offered at a fixed rate across many distinct people
/// (open loop, so a bot that falls behind shows it in its latency instead of slowing the senders down).
/// </summary>
public sealed class EndToEndBench(BenchReport report)
{
    private const string Said = "สวัสดีค่ะ";

    public async Task RunAsync(string directory, int rate, TimeSpan duration, int users, string label, CancellationToken ct)
    {
        var turns = (int)(rate * duration.TotalSeconds);
        report.Section($"End to end{label}: {turns:N0} turns offered at {rate:N0}/s by {users:N0} people");
        await using var bot = await BenchHost.StartAsync(directory, ct);
        var perTurn = await MessagesPerTurnAsync(bot, ct);
        await WarmUpAsync(bot, users, rate, perTurn, ct);

        var people = Enumerable.Range(0, users).Select(_ => bot.Line.AddUser()).ToArray();
        var deliveredBefore = bot.Line.DeliveredMessageCount;
        var sentAt = new ConcurrentDictionary<(int Person, int Turn), DateTimeOffset>();
        var cpu = new CpuMeter(bot.Bot);
        cpu.Start();
        var clock = Stopwatch.StartNew();
        var started = DateTimeOffset.UtcNow;
        var refused = await OfferAsync(bot, people, turns, rate, sentAt, ct);
        var offeredFor = clock.Elapsed;
        var complete = await WaitForAllAsync(bot, deliveredBefore + (long)turns * perTurn, TimeSpan.FromSeconds(90), ct);
        cpu.Stop();

        var latency = new LatencyRecorder();
        var repliedAt = new List<DateTimeOffset>(turns);
        var bySecond = new ConcurrentDictionary<int, LatencyRecorder>();
        var last = started;
        for (var p = 0; p < users; p++)
        {
            var inbox = bot.Line.MessagesTo(people[p]);
            for (var t = 0; sentAt.ContainsKey((p, t)); t++)
            {
                var index = (t + 1) * perTurn - 1;
                if (index >= inbox.Count) break;
                var ms = (inbox[index].At - sentAt[(p, t)]).TotalMilliseconds;
                latency.Add(ms);
                bySecond.GetOrAdd((int)(sentAt[(p, t)] - started).TotalSeconds, _ => new LatencyRecorder()).Add(ms);
                repliedAt.Add(inbox[index].At);
                if (inbox[index].At > last) last = inbox[index].At;
            }
        }
        var span = (last - started).TotalSeconds;
        report.Line("messages per turn", perTurn.ToString());
        report.Line("sending took", $"{offeredFor.TotalSeconds:F1} s (webhooks refused: {refused})");
        report.Line("turns answered", $"{latency.Count:N0} of {turns:N0}" + (complete ? "" : " (TIMED OUT waiting for the rest)"));
        report.Line("throughput (first send to last reply)", $"{latency.Count / span:N0} turns/s");
        report.Line("sustained (replies/s while offered)", SustainedRate(repliedAt, started, offeredFor) + " (target 2,000)");
        report.Line("webhook-to-reply p50 / p99", $"{BenchReport.Ms(latency.Percentile(50))} / {BenchReport.Ms(latency.Percentile(99))} (target p99 < 300 ms)");
        report.Line("p99 by second of sending", string.Join(" ", bySecond.Where(s => s.Value.Count >= 100).OrderBy(s => s.Key)
            .Select(s => $"{s.Value.Percentile(99):F0}")) + " ms (a backlog shows as a rising run)");
        var delivered = people.Sum(p => bot.Line.MessagesTo(p).Count);
        // The stand-in's duplicate counter flags the same help text twice before the person acts again, which an open
        // loop does on purpose; delivered against expected is the exactly-once check here.
        report.Line("messages delivered / expected", $"{delivered:N0} / {(long)turns * perTurn:N0}");
        var perTurnCpu = latency.Count > 0 ? $"{cpu.Bot.TotalMilliseconds / latency.Count:F2} ms of bot CPU per turn answered" : "no turn answered";
        new ResourceReport(report).Print(bot, cpu, "first send to last reply", perTurnCpu, "LINE stand-in and load generator");
    }

    /// <summary>
    /// Replies per second between the first and the last second of sending: what the bot keeps up with. "First send to
    /// last reply" is always a little below the offered rate, because it includes the last reply's own latency.
    /// </summary>
    private static string SustainedRate(List<DateTimeOffset> repliedAt, DateTimeOffset started, TimeSpan offeredFor)
    {
        var (from, to) = (started + TimeSpan.FromSeconds(1), started + offeredFor - TimeSpan.FromSeconds(1));
        if (to <= from) return "(sending too short to tell)";
        var count = repliedAt.Count(at => at >= from && at < to);
        return $"{count / (to - from).TotalSeconds:N0} turns/s (seconds 1 to {offeredFor.TotalSeconds - 1:F0} of sending)";
    }

    /// <summary>
    /// A deployed bot has run for days; its first minute, spent compiling the hot paths (EF Core alone is thousands of
    /// methods, each compiled two or three times by tiered compilation), is not what it sustains. So the bench offers
    /// turns from other people, second by second, until the runtime's JIT thread has gone quiet, and only then measures.
    /// </summary>
    private async Task WarmUpAsync(BenchHost bot, int users, int rate, int perTurn, CancellationToken ct)
    {
        var people = Enumerable.Range(0, Math.Min(users, 200)).Select(_ => bot.Line.AddUser()).ToArray();
        var before = bot.Line.DeliveredMessageCount;
        var offered = 0;
        var clock = Stopwatch.StartNew();
        TimeSpan jitLastSecond;
        do
        {
            var jit = bot.Bot.JitCpuTime;
            await OfferAsync(bot, people, rate, rate, new ConcurrentDictionary<(int, int), DateTimeOffset>(), ct);
            offered += rate;
            await WaitForAllAsync(bot, before + (long)offered * perTurn, TimeSpan.FromSeconds(90), ct);
            jitLastSecond = bot.Bot.JitCpuTime - jit;
        } while ((jitLastSecond > JitThreadCpu.Quiet || clock.Elapsed < JitThreadCpu.MinWarmUp) && clock.Elapsed < JitThreadCpu.MaxWarmUp);
        report.Line("warm-up (not measured)", $"{offered:N0} turns by {people.Length:N0} other people in {clock.Elapsed.TotalSeconds:F0} s; " +
            $"JIT thread {jitLastSecond.TotalMilliseconds:F0} ms of CPU in the last round" + (jitLastSecond > JitThreadCpu.Quiet ? " (still compiling)" : ""));
    }

    /// <summary>Sends one turn every 1/rate seconds, round-robin over the people, without waiting for answers.</summary>
    private static async Task<int> OfferAsync(BenchHost bot, string[] people, int turns, int rate,
        ConcurrentDictionary<(int Person, int Turn), DateTimeOffset> sentAt, CancellationToken ct)
    {
        var refused = 0;
        var clock = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(256);
        var sends = new List<Task>(turns);
        for (var i = 0; i < turns; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            // Read the clock once: with two reads a gap of 1-2 ms between them made Task.Delay(-1 ms), which waits
            // forever; that was the end-to-end bench that once stopped sending with the bot idle.
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, ct);
            await gate.WaitAsync(ct);
            var (person, turn) = (i % people.Length, i / people.Length);
            sends.Add(Task.Run(async () =>
            {
                try
                {
                    sentAt[(person, turn)] = DateTimeOffset.UtcNow;
                    var delivery = await bot.Line.SendTextAsync(people[person], Said, ct);
                    if ((int)delivery.Status != 200) Interlocked.Increment(ref refused);
                }
                finally { gate.Release(); }
            }, ct));
        }
        await Task.WhenAll(sends);
        return refused;
    }

    private static async Task<int> MessagesPerTurnAsync(BenchHost bot, CancellationToken ct)
    {
        var probe = bot.Line.AddUser();
        await bot.Line.SendTextAsync(probe, Said, ct);
        await bot.Line.WaitForMessagesAsync(probe, 1, TimeSpan.FromSeconds(15), ct);
        await Task.Delay(300, ct);
        return bot.Line.MessagesTo(probe).Count;
    }

    private static async Task<bool> WaitForAllAsync(BenchHost bot, long expected, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (bot.Line.DeliveredMessageCount >= expected) return true;
            await Task.Delay(100, ct);
        }
        return false;
    }
}
