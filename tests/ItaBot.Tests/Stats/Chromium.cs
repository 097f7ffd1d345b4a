using System.Diagnostics;

namespace ItaBot.Tests.Stats;

/// <summary>Debian's chromium, headless, dumping the DOM it rendered; bounded in time, with a throw-away profile.</summary>
internal static class Chromium
{
    public const string RequiredVariable = "ITABOT_CHROMIUM";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    public static bool Required => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    public static string? Find() =>
        new[] { "chromium", "chromium-browser" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "")
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    public static async Task<string> DumpDomAsync(string chromium, Uri page)
    {
        var profile = Directory.CreateTempSubdirectory("itabot-chromium-");
        try
        {
            var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                         "--disable-sync", "--no-first-run", "--user-data-dir=" + profile.FullName, "--dump-dom", page.ToString(),
                     })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var dom = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Limit);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"chromium did not finish within {Limit.TotalSeconds} s");
            }
            Assert.True(process.ExitCode == 0, $"chromium exited {process.ExitCode}: {await errors}");
            return await dom;
        }
        finally
        {
            try { profile.Delete(recursive: true); }
            catch (IOException) { }
        }
    }
}
