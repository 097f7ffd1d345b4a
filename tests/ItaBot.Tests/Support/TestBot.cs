using ItaBot.Hosting;
using ItaBot.LineEmulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.Support;

/// <summary>
/// The bot as it runs in production ("line" mode, real configuration keys) pointed at a LINE stand-in on
/// 127.0.0.1, in a temporary folder of its own. Tests talk to it only through the LINE protocol and the CLI.
/// </summary>
public sealed class TestBot : IAsyncDisposable
{
    private readonly bool _ownsLine;

    private readonly TimeProvider? _time;

    private TestBot(string directory, LineEmulatorServer line, bool ownsLine, ItaBotHost host, Dictionary<string, string?> settings,
        TimeProvider? time)
    {
        _ownsLine = ownsLine;
        _time = time;
        Directory = directory;
        Line = line;
        Host = host;
        Settings = settings;
    }

    public string Directory { get; }
    public LineEmulatorServer Line { get; }
    public ItaBotHost Host { get; }
    public IReadOnlyDictionary<string, string?> Settings { get; }
    public IServiceProvider Services => Host.App.Services;
    public string DatabasePath => Path.Combine(Directory, "itabot.db");

    public static async Task<TestBot> StartAsync(
        Action<Dictionary<string, string?>>? configure = null,
        LineEmulatorOptions? emulator = null,
        TimeProvider? time = null,
        string? directory = null,
        LineEmulatorServer? sharedLine = null)
    {
        directory ??= Path.Combine(Path.GetTempPath(), "itabot-test-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        // A shared stand-in is the same LINE account seen by a second start; whoever started it disposes it.
        var line = sharedLine ?? await LineEmulatorServer.StartAsync(emulator ?? new LineEmulatorOptions());
        var settings = DefaultSettings(directory, line);
        configure?.Invoke(settings);
        // As an operator would with `keys init`: a real deployment never gets keys made for it.
        var keyFile = settings["Security:KeyFile"]!;
        if (!File.Exists(keyFile)) ItaBot.Security.KeyRingLoader.Write(ItaBot.Security.KeyRing.Generate(), keyFile);
        try
        {
            var host = await ItaBotHost.StartAsync([], builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                if (time is not null) builder.Services.AddSingleton(time);
            });
            line.WebhookUrl = new Uri(host.BaseUrl, "/webhook");
            return new TestBot(directory, line, sharedLine is null, host, settings, time);
        }
        catch
        {
            if (sharedLine is null) await line.DisposeAsync();
            throw;
        }
    }

    public static Dictionary<string, string?> DefaultSettings(string directory, LineEmulatorServer line) => new()
    {
        ["urls"] = "http://127.0.0.1:0",
        ["Line:Mode"] = "line",
        ["Line:ChannelSecret"] = line.ChannelSecret,
        ["Line:ChannelAccessToken"] = line.ChannelAccessToken,
        ["Line:ApiBaseUrl"] = line.BaseUrl.ToString().TrimEnd('/'),
        ["Line:DataApiBaseUrl"] = line.BaseUrl.ToString().TrimEnd('/'),
        ["Line:HttpTimeoutSeconds"] = "2",
        ["ConnectionStrings:ItaBot"] = "Data Source=" + Path.Combine(directory, "itabot.db"),
        ["Security:KeyFile"] = Path.Combine(directory, "keys", "itabot-keys.json"),
        ["Storage:EvidenceDirectory"] = Path.Combine(directory, "evidence"),
        ["Reports:Directory"] = Path.Combine(directory, "reports"),
        ["Logging:Directory"] = Path.Combine(directory, "logs"),
        ["Logging:Console"] = "false",
        // Line mode refuses the shipped example notice; a real organisation's own address, never fetched.
        ["Organisation:PrivacyNoticeUrl"] = "https://www.nonghuarat.go.th/privacy",
        // Tests must not wait for morning: no quiet hours unless a test asks for them.
        ["Alerts:QuietFrom"] = "00:00",
        ["Alerts:QuietUntil"] = "00:00",
    };

    /// <summary>Runs a CLI verb against this bot's database and keys, on the bot's clock; returns exit code and output.</summary>
    public Task<(int Code, string Output, string Error)> CliAsync(params string[] args) =>
        CliShell.RunAsync(Settings, args, _time);

    /// <summary>The person says something and waits until the bot has answered with at least one more message.</summary>
    public async Task<IReadOnlyList<DeliveredMessage>> SayAsync(string userId, string text, int answers = 1)
    {
        var before = Line.MessagesTo(userId).Count;
        await Line.SendTextAsync(userId, text);
        return await AnswersAfterAsync(userId, before, answers);
    }

    /// <summary>Taps a button by its label among the buttons of the bot's last message to this person.</summary>
    public async Task<IReadOnlyList<DeliveredMessage>> TapAsync(string userId, string label, int answers = 1)
    {
        var before = Line.MessagesTo(userId).Count;
        var button = Line.MessagesTo(userId).Reverse().SelectMany(m => m.Buttons).FirstOrDefault(b => b.Label == label);
        if (button.Label is null)
            throw new InvalidOperationException($"no button '{label}'; last buttons: " +
                string.Join(", ", Line.MessagesTo(userId).LastOrDefault()?.Buttons.Select(b => b.Label) ?? []));
        if (button.Type == "postback") await Line.SendPostbackAsync(userId, button.Data!);
        else await Line.SendTextAsync(userId, button.Data ?? label);
        return await AnswersAfterAsync(userId, before, answers);
    }

    public async Task<IReadOnlyList<DeliveredMessage>> AnswersAfterAsync(string userId, int before, int answers = 1)
    {
        var all = await Line.WaitForMessagesAsync(userId, before + answers, TimeSpan.FromSeconds(15));
        return all.Skip(before).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_ownsLine) await Line.DisposeAsync();
        CliShell.DeleteFolder(Directory);
    }
}
