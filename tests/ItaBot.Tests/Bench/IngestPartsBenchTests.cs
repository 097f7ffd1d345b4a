using System.Text.RegularExpressions;
using ItaBot.Bench;

namespace ItaBot.Tests.Bench;

public sealed class IngestPartsBenchTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "itabot-parts-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task Every_step_of_storing_a_webhook_is_timed_with_a_figure_above_zero()
    {
        var output = new StringWriter();

        await new IngestPartsBench(new BenchReport(output)).RunAsync(_directory, 200, CancellationToken.None);

        var text = output.ToString();
        string[] steps =
        [
            "check the signature", "scan the body", "chat key (blind index)", "seal the event",
            "insert, 1 per commit", "insert, 16 per commit", "insert, 50 per commit",
            "commit 16 rows + sync, WAL growing", "commit 16 rows + sync, WAL reused",
        ];
        foreach (var step in steps)
        {
            var line = text.Split('\n').SingleOrDefault(l => l.TrimStart().StartsWith(step, StringComparison.Ordinal));
            Assert.True(line is not null, $"no line for '{step}' in:\n{text}");
            var figures = Regex.Matches(line, @"(\d+(\.\d+)?) µs").Select(m => double.Parse(m.Groups[1].Value)).ToList();
            Assert.NotEmpty(figures);
            Assert.All(figures, f => Assert.True(f > 0, $"'{line}' has a zero figure"));
        }
        Assert.Contains("KB to a file + fsync", text);
        Assert.Contains("KB in place + fsync", text);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); }
        catch (DirectoryNotFoundException) { }
    }
}
