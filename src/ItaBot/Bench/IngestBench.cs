using System.Text;
using System.Text.Json.Nodes;
using ItaBot.LineEmulator;

namespace ItaBot.Bench;

/// <summary>
/// Webhook ingest against a bare HMAC-only endpoint, in one run with the same client and the same kind of bodies:
/// one text event per body, every event id and user distinct. The bot's 200 means the event is committed.
/// </summary>
public sealed class IngestBench(BenchReport report)
{
    public async Task RunAsync(string directory, int requests, int connections, CancellationToken ct)
    {
        report.Section($"Ingest: {requests:N0} signed webhooks, {connections} connections");
        // The webhook path alone: turns are measured by the end-to-end run, and here would only take CPU from it.
        await using var bot = await BenchHost.StartAsync(directory, ct, processInbox: false);
        using var bare = await BotProcess.StartBareAsync(bot.Line.ChannelSecret, TimeSpan.FromSeconds(30), ct);
        var client = new LoadClient(connections);
        await WarmUpAsync(bot, bare, client, Math.Min(5000, requests / 4), ct);

        // Alternating rounds, so both sides get the same share of a warming-up runtime and of a busy machine; the
        // figures are over all rounds, because single rounds on this machine differ by a third from one to the next.
        var (bareRuns, botRuns) = (new List<LoadClient.Result>(), new List<LoadClient.Result>());
        var (cpu, bareCpu, botBetween) = (new CpuMeter(bot.Bot), new CpuMeter(bare), new CpuMeter(bot.Bot));
        long stored = 0;
        for (var round = 1; round <= Rounds; round++)
        {
            var bareBodies = Bodies(bot.Line, requests);
            bareCpu.Start();
            botBetween.Start();
            bareRuns.Add(await client.RunAsync(bare.WebhookUrl, bareBodies, ct));
            bareCpu.Stop();
            botBetween.Stop();
            // Made before the meter starts: signing bodies is the load generator's work and would blur the bench's share.
            var bodies = Bodies(bot.Line, requests);
            var before = bot.InboxCount();
            cpu.Start();
            botRuns.Add(await client.RunAsync(bot.WebhookUrl, bodies, ct));
            cpu.Stop();
            stored += bot.InboxCount() - before;
            report.Line($"round {round} of {Rounds}: ratio", $"{botRuns[^1].PerSecond / bareRuns[^1].PerSecond:F2} ({botRuns[^1].PerSecond:N0} / {bareRuns[^1].PerSecond:N0} req/s)");
        }

        var (bareResult, botResult) = (LoadClient.Result.Sum(bareRuns), LoadClient.Result.Sum(botRuns));
        Print("bare HMAC endpoint", bareResult);
        Print("ItaBot /webhook (durable)", botResult);
        report.Line("ratio bot/bare", $"{botResult.PerSecond / bareResult.PerSecond:F2} over all {Rounds} rounds (target >= 0.70)");
        report.Line("accepted (200) / inbox rows added", $"{botResult.Ok:N0} / {stored:N0}" + (stored == botResult.Ok ? " (equal)" : " (MISMATCH)"));
        var accepted = Math.Max(1, botResult.Ok);
        report.Line("bare endpoint CPU", $"{bareCpu.Bot.TotalMicroseconds / Math.Max(1, bareResult.Ok):N0} µs per request (its own process)");
        // The bot's checkpoints and compiling run on after its round, into the bare endpoint's, where they take CPU
        // from the bare endpoint and are missing from the bot's own figures.
        report.Line("bot CPU during the bare rounds", $"{botBetween.Bot.TotalSeconds:F2} core-s, {botBetween.Bot.TotalMicroseconds / accepted:N1} µs per bot webhook " +
            $"({botBetween.BotJit.TotalMicroseconds / accepted:N1} of them compiling): work carried over from its own rounds");
        var perWebhook = $"{cpu.Bot.TotalMicroseconds / accepted:N0} µs of bot CPU per webhook, {cpu.BotJit.TotalMicroseconds / accepted:N1} of them on the JIT thread";
        new ResourceReport(report).Print(bot, cpu, $"{Rounds} bot rounds", perWebhook, "LINE stand-in and load generator");
    }

    private const int Rounds = 5;

    /// <summary>
    /// Until tiered compilation has settled on both sides: a deployed bot runs for days, and the first seconds, spent
    /// compiling the hot paths two or three times over, are not what it sustains. Measured rounds before this point
    /// gave ratios falling from 0.55 to 0.20 as the bare endpoint, quicker to compile, sped up first.
    /// </summary>
    private async Task WarmUpAsync(BenchHost bot, BotProcess bare, LoadClient client, int perRound, CancellationToken ct)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var rounds = 0;
        TimeSpan botJit, bareJit, benchJit;
        do
        {
            var before = (Bot: bot.Bot.JitCpuTime, Bare: bare.JitCpuTime, Bench: JitThreadCpu.Of(Environment.ProcessId));
            await client.RunAsync(bare.WebhookUrl, Bodies(bot.Line, perRound), ct);
            await client.RunAsync(bot.WebhookUrl, Bodies(bot.Line, perRound), ct);
            (botJit, bareJit, benchJit) = (bot.Bot.JitCpuTime - before.Bot, bare.JitCpuTime - before.Bare, JitThreadCpu.Of(Environment.ProcessId) - before.Bench);
            rounds++;
        } while ((botJit > JitThreadCpu.Quiet || bareJit > JitThreadCpu.Quiet || benchJit > JitThreadCpu.Quiet || clock.Elapsed < JitThreadCpu.MinWarmUp)
                 && clock.Elapsed < JitThreadCpu.MaxWarmUp);
        report.Line("warm-up (not measured)", $"{rounds} rounds of {perRound:N0} webhooks each way in {clock.Elapsed.TotalSeconds:F0} s; JIT threads " +
            $"{botJit.TotalMilliseconds:F0} ms (bot), {bareJit.TotalMilliseconds:F0} ms (bare) and {benchJit.TotalMilliseconds:F0} ms (bench) of CPU in the last round");
    }

    private void Print(string name, LoadClient.Result r)
    {
        report.Line(name, $"{r.PerSecond:N0} req/s, p50 {BenchReport.Ms(r.Latency.Percentile(50))}, p99 {BenchReport.Ms(r.Latency.Percentile(99))}" +
            (r.Failed > 0 ? $", {r.Failed} failed" : ""));
    }

    /// <summary>Each body carries a fresh user and a fresh event (the stand-in issues the reply token and the id).</summary>
    public static List<(byte[] Body, string Signature)> Bodies(LineEmulatorServer line, int count)
    {
        var list = new List<(byte[], string)>(count);
        for (var i = 0; i < count; i++)
        {
            var user = line.AddUser();
            var body = new JsonObject
            {
                ["destination"] = line.BotUserId,
                ["events"] = new JsonArray(line.BuildTextEvent(user, "สวัสดีค่ะ ขอสอบถาม " + i)),
            };
            var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
            list.Add((bytes, line.Sign(bytes)));
        }
        return list;
    }
}
