using ItaBot.Cli;

namespace ItaBot.Tests.Support;

/// <summary>What every test set-up that stands in for an operator's terminal does alike.</summary>
internal static class CliShell
{
    /// <summary>Runs a verb as `dotnet run --project src/ItaBot -- …` would; returns exit code, output and errors.</summary>
    public static async Task<(int Code, string Output, string Error)> RunAsync(
        IReadOnlyDictionary<string, string?> settings, string[] args, TimeProvider? time = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error, new Dictionary<string, string?>(settings), time: time);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Deletes a test's folder after closing pooled SQLite handles, which would otherwise keep its database open.
    /// A folder that cannot be deleted is left for the system's temp cleanup rather than failing the test.
    /// </summary>
    public static void DeleteFolder(string directory)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
