using ItaBot.LineEmulator;
using ItaBot.Security;
using Microsoft.Data.Sqlite;

namespace ItaBot.Bench;

/// <summary>
/// The bot as deployed (`dotnet ItaBot.dll`, "line" mode, file logs, synchronous=FULL) in a folder of its own, run as
/// a child process so its memory and CPU are its own, talking to a LINE stand-in here on 127.0.0.1. Only the LINE side
/// is simulated; everything the bot does is the real thing.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    // Generous: the first start of a phase also creates the database and runs every migration.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    private BenchHost(string directory, LineEmulatorServer line, BotProcess bot, bool ownPeakIsPhase)
    {
        Directory = directory;
        Line = line;
        Bot = bot;
        OwnPeakIsPhase = ownPeakIsPhase;
    }

    public string Directory { get; }
    public LineEmulatorServer Line { get; }
    public BotProcess Bot { get; }
    public Uri WebhookUrl => Bot.WebhookUrl;

    /// <summary>Whether this process's peak RSS was restarted for this phase (else it covers every phase so far).</summary>
    public bool OwnPeakIsPhase { get; }

    /// <summary>Makes the key ring the bot will use, so a seeded database and the bot share it.</summary>
    public static KeyRing EnsureKeys(string directory)
    {
        var path = BotProcess.KeyFile(directory);
        if (File.Exists(path)) return KeyRing.FromJson(File.ReadAllText(path), path);
        var ring = KeyRing.Generate();
        KeyRingLoader.Write(ring, path);
        return ring;
    }

    public static async Task<BenchHost> StartAsync(string directory, CancellationToken ct, bool processInbox = true)
    {
        System.IO.Directory.CreateDirectory(directory);
        EnsureKeys(directory);
        var ownPeakIsPhase = MemoryFigures.ResetOwnPeak();
        var line = await LineEmulatorServer.StartAsync(new LineEmulatorOptions(), ct);
        try
        {
            var bot = await BotProcess.StartAsync(directory, line, StartTimeout,
                new Dictionary<string, string> { ["Inbox__Process"] = processInbox ? "true" : "false" }, ct);
            line.WebhookUrl = bot.WebhookUrl;
            return new BenchHost(directory, line, bot, ownPeakIsPhase);
        }
        catch
        {
            await line.DisposeAsync();
            throw;
        }
    }

    /// <summary>Rows in the bot's inbox, read from its database file beside it, as an operator's sqlite3 would (WAL allows it).</summary>
    public long InboxCount()
    {
        var source = new SqliteConnectionStringBuilder
        {
            DataSource = BotProcess.DatabasePath(Directory),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        };
        using var connection = new SqliteConnection(source.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM InboxArrivals) + (SELECT COUNT(*) FROM InboxEvents)";
        return (long)command.ExecuteScalar()!;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Bot.StopAsync(StopTimeout);
        }
        finally
        {
            Bot.Dispose();
            await Line.DisposeAsync();
            SqliteConnection.ClearAllPools();
        }
    }
}
