using ItaBot.Hosting;
using ItaBot.LineEmulator;
using ItaBot.Security;

namespace ItaBot.Bench;

/// <summary>
/// The bot as deployed ("line" mode, file logs, synchronous=FULL) in a folder of its own, talking to a LINE
/// stand-in on 127.0.0.1. Only the LINE side is simulated; everything the bot does is the real thing.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    private BenchHost(string directory, LineEmulatorServer line, ItaBotHost host)
    {
        Directory = directory;
        Line = line;
        Host = host;
    }

    public string Directory { get; }
    public LineEmulatorServer Line { get; }
    public ItaBotHost Host { get; }
    public Uri WebhookUrl => new(Host.BaseUrl, "/webhook");

    public static string DatabasePath(string directory) => Path.Combine(directory, "itabot.db");

    public static string KeyFile(string directory) => Path.Combine(directory, "keys", "itabot-keys.json");

    /// <summary>Makes the key ring the bot will use, so a seeded database and the bot share it.</summary>
    public static KeyRing EnsureKeys(string directory)
    {
        var path = KeyFile(directory);
        if (File.Exists(path)) return KeyRing.FromJson(File.ReadAllText(path), path);
        var ring = KeyRing.Generate();
        KeyRingLoader.Write(ring, path);
        return ring;
    }

    public static async Task<BenchHost> StartAsync(string directory, CancellationToken ct, bool processInbox = true)
    {
        System.IO.Directory.CreateDirectory(directory);
        EnsureKeys(directory);
        var line = await LineEmulatorServer.StartAsync(new LineEmulatorOptions(), ct);
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Line:Mode"] = "line",
            ["Line:ChannelSecret"] = line.ChannelSecret,
            ["Line:ChannelAccessToken"] = line.ChannelAccessToken,
            ["Line:ApiBaseUrl"] = line.BaseUrl.ToString().TrimEnd('/'),
            ["Line:DataApiBaseUrl"] = line.BaseUrl.ToString().TrimEnd('/'),
            ["ConnectionStrings:ItaBot"] = "Data Source=" + DatabasePath(directory),
            ["Security:KeyFile"] = KeyFile(directory),
            ["Storage:EvidenceDirectory"] = Path.Combine(directory, "evidence"),
            ["Logging:Directory"] = Path.Combine(directory, "logs"),
            ["Logging:Console"] = "false",
            ["Inbox:Process"] = processInbox ? "true" : "false",
        };
        try
        {
            var host = await ItaBotHost.StartAsync([], b => b.Configuration.AddInMemoryCollection(settings), ct);
            line.WebhookUrl = new Uri(host.BaseUrl, "/webhook");
            return new BenchHost(directory, line, host);
        }
        catch
        {
            await line.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Line.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
