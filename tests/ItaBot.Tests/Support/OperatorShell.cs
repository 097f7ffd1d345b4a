using ItaBot.Security;

namespace ItaBot.Tests.Support;

/// <summary>
/// A shell at an installation whose bot is stopped: its own folder, key ring and database, configured as in
/// production ("line" mode). The command line never calls LINE, so no stand-in is needed.
/// </summary>
public sealed class OperatorShell : IDisposable
{
    public OperatorShell()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("itabot-shell-").FullName;
        Settings = new Dictionary<string, string?>
        {
            ["Line:Mode"] = "line",
            ["Line:ChannelSecret"] = "not-used-by-the-command-line",
            ["Line:ChannelAccessToken"] = "not-used-by-the-command-line",
            ["ConnectionStrings:ItaBot"] = "Data Source=" + System.IO.Path.Combine(Directory, "itabot.db"),
            ["Security:KeyFile"] = System.IO.Path.Combine(Directory, "keys", "itabot-keys.json"),
            ["Storage:EvidenceDirectory"] = System.IO.Path.Combine(Directory, "evidence"),
            ["Reports:Directory"] = System.IO.Path.Combine(Directory, "reports"),
        };
        KeyRingLoader.Write(KeyRing.Generate(), Settings["Security:KeyFile"]!);
    }

    public string Directory { get; }
    public Dictionary<string, string?> Settings { get; }

    public string Path(string name) => System.IO.Path.Combine(Directory, name);

    /// <summary>Runs a verb as `dotnet run --project src/ItaBot -- …` would; returns exit code, output and errors.</summary>
    public Task<(int Code, string Output, string Error)> RunAsync(params string[] args) =>
        CliShell.RunAsync(Settings, args);

    public void Dispose()
    {
        CliShell.DeleteFolder(Directory);
    }
}
