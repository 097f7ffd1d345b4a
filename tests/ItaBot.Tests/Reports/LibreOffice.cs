using System.Diagnostics;

namespace ItaBot.Tests.Reports;

/// <summary>Runs a headless LibreOffice conversion with its own profile, bounded in time.</summary>
internal static class LibreOffice
{
    public const string RequiredVariable = "ITABOT_LIBREOFFICE";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    public static bool Required => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    public static string? Find() =>
        new[] { "soffice", "libreoffice" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "")
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>Converts the file to PDF in the same folder and returns the PDF's path.</summary>
    public static string ConvertToPdf(string soffice, string file)
    {
        var folder = Path.GetDirectoryName(file)!;

        // A private profile lets parallel runs convert at once; a shared one makes the second wait or fail.
        var profile = new Uri(Path.Combine(folder, "lo-profile")).AbsoluteUri;
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { $"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", folder, file })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"LibreOffice did not finish within {Limit.TotalSeconds} s");
        }

        Assert.True(process.ExitCode == 0, $"soffice exited {process.ExitCode}: {stdout.Result} {stderr.Result}");
        return Path.ChangeExtension(file, ".pdf");
    }
}
