using ItaBot.Bench;

namespace ItaBot.Cli;

public sealed class BenchVerb : ICliVerb
{
    public string Name => "bench";
    public string Usage => "bench [--quick] [--only ingest|e2e|growth] [--requests 20000] [--connections 50] [--rate 2000] [--seconds 10] [--users 1000]";

    public async Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct)
    {
        var quick = args.Flag("quick");
        var only = args.Option("only");
        var report = new BenchReport(context.Output);
        var root = Path.Combine(Path.GetTempPath(), "itabot-bench-" + Guid.NewGuid().ToString("N")[..8]);
        report.Note($"ItaBot bench on {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, " +
                    $".NET {Environment.Version}; everything on 127.0.0.1; data in {root} (removed at the end)");
        try
        {
            if (only is null or "ingest")
                await new IngestBench(report).RunAsync(Path.Combine(root, "ingest"),
                    Int(args, "requests", quick ? 3_000 : 20_000), Int(args, "connections", 50), ct);
            var rate = Int(args, "rate", quick ? 500 : 2_000);
            var seconds = Int(args, "seconds", quick ? 3 : 10);
            var users = Int(args, "users", quick ? 200 : 1_000);
            if (only is null or "e2e")
                await new EndToEndBench(report).RunAsync(Path.Combine(root, "e2e"), rate, TimeSpan.FromSeconds(seconds), users, "", ct);
            if (only is null or "growth")
            {
                var grown = Path.Combine(root, "growth");
                new GrowthBench(report).Run(grown, quick ? 10_000 : 100_000, quick ? 10_000 : 100_000, 1_000);
                await new EndToEndBench(report).RunAsync(grown, rate, TimeSpan.FromSeconds(Math.Min(seconds, 5)), users, " on the grown database", ct);
            }
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(root, recursive: true); }
            catch (IOException) { }
        }
    }

    private static int Int(CliArguments args, string name, int fallback) =>
        int.TryParse(args.Option(name), out var v) && v > 0 ? v : fallback;
}
