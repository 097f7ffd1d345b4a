using ItaBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace ItaBot.Tests.Support;

/// <summary>
/// The README's one-command demo ("local" mode: the bundled LINE stand-in, no configuration) in a temporary folder
/// of its own, with free ports; the bot and the CLI read the same settings, as two terminals in one folder would.
/// </summary>
public sealed class LocalDemo : IDisposable
{
    public LocalDemo()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("itabot-demo-").FullName;
        Settings = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Line:Mode"] = "local",
            ["Line:EmulatorPort"] = "0",
            ["ConnectionStrings:ItaBot"] = "Data Source=" + Path("itabot.db"),
            ["Security:KeyFile"] = Path("keys", "itabot-keys.json"),
            ["Storage:EvidenceDirectory"] = Path("evidence"),
            ["Reports:Directory"] = Path("reports"),
            ["Logging:Directory"] = Path("logs"),
            ["Logging:Console"] = "false",
        };
    }

    public string Directory { get; }
    public Dictionary<string, string?> Settings { get; }
    public string KeyFile => Settings["Security:KeyFile"]!;

    public string Path(params string[] names) => System.IO.Path.Combine([Directory, .. names]);

    /// <summary>`dotnet run --project src/ItaBot` with no command.</summary>
    public Task<ItaBotHost> StartBotAsync() =>
        ItaBotHost.StartAsync([], builder => builder.Configuration.AddInMemoryCollection(Settings));

    /// <summary>`dotnet run --project src/ItaBot -- …` in a second terminal; returns exit code, output and errors.</summary>
    public Task<(int Code, string Output, string Error)> RunAsync(params string[] args) =>
        CliShell.RunAsync(Settings, args);

    public void Dispose()
    {
        CliShell.DeleteFolder(Directory);
    }
}
