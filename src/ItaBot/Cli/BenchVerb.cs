using System.Reflection;
using System.Runtime.InteropServices;
using ItaBot.Bench;

namespace ItaBot.Cli;

public sealed class BenchVerb : ICliVerb
{
    public string Name => "bench";
    // The bench makes its own folders and keys for the bots it starts.
    public bool UsesKeyRing => false;
    public string Usage => "bench [--quick] [--only ingest|parts|e2e|growth] [--requests 20000] [--connections 50] [--rate 2000] [--seconds 10] [--users 1000]";

    public async Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct)
    {
        // Ctrl+C or SIGTERM unwinds the phases instead of ending the process, so the bot child is stopped and the
        // folder removed; a second Ctrl+C still ends it at once.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => Cancel(c, stop));
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => Cancel(c, stop));
        ct = stop.Token;
        var quick = args.Flag("quick");
        var only = args.Option("only");
        var report = new BenchReport(context.Output);
        var root = Path.Combine(Path.GetTempPath(), "itabot-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var bot = typeof(ItaBot.Hosting.ItaBotHost).Assembly;
        report.Note($"ItaBot bench on {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, " +
                    $".NET {Environment.Version}; everything on 127.0.0.1; data in {root} (removed at the end)");
        report.Note($"The bot runs as a child process, `dotnet {bot.Location}` ({bot.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration} build), " +
                    "configured by environment variables; the LINE stand-in and the load generator run in this bench process " +
                    $"on the same {Environment.ProcessorCount} cores. \"bot\" CPU and RSS figures are the child process alone.");
        try
        {
            if (only is null or "ingest")
                await new IngestBench(report).RunAsync(Path.Combine(root, "ingest"),
                    Int(args, "requests", quick ? 3_000 : 20_000), Int(args, "connections", 50), ct);
            if (only is null or "parts")
                await new IngestPartsBench(report).RunAsync(Path.Combine(root, "parts"), quick ? 2_000 : 20_000, ct);
            var rate = Int(args, "rate", quick ? 500 : 2_000);
            var seconds = Int(args, "seconds", quick ? 3 : 10);
            var users = Int(args, "users", quick ? 200 : 1_000);
            if (only is null or "e2e")
                await new EndToEndBench(report).RunAsync(Path.Combine(root, "e2e"), rate, TimeSpan.FromSeconds(seconds), users, "", ct);
            if (only is null or "growth")
            {
                var grown = Path.Combine(root, "growth");
                new GrowthBench(report).Run(grown, quick ? 10_000 : 100_000, quick ? 10_000 : 100_000, 1_000);
                await new EndToEndBench(report).RunAsync(grown, rate, TimeSpan.FromSeconds(seconds), users, " on the grown database", ct);
            }
            return 0;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            context.Error.WriteLine("bench interrupted; the bot was stopped");
            return 130;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(root, recursive: true); }
            catch (IOException) { }
        }
    }

    private static void Cancel(PosixSignalContext signal, CancellationTokenSource stop)
    {
        signal.Cancel = !stop.IsCancellationRequested;
        stop.Cancel();
    }

    private static int Int(CliArguments args, string name, int fallback) =>
        int.TryParse(args.Option(name), out var v) && v > 0 ? v : fallback;
}
