using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ItaBot.LineEmulator;

namespace ItaBot.Tests.Reliability;

/// <summary>
/// The built bot run as a separate process (`dotnet ItaBot.dll`), configured only by environment variables as an
/// operator would, so a test can SIGKILL it and start it again on the same folder.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;

    private BotProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }
    public Uri WebhookUrl => new(BaseUrl, "/webhook");

    public static async Task<BotProcess> StartAsync(string directory, LineEmulatorServer line, TimeSpan timeout)
    {
        var port = FreePort();
        var dll = typeof(ItaBot.Hosting.ItaBotHost).Assembly.Location;
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", $"http://127.0.0.1:{port}" },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["Line__Mode"] = "line";
        info.Environment["Line__ChannelSecret"] = line.ChannelSecret;
        info.Environment["Line__ChannelAccessToken"] = line.ChannelAccessToken;
        info.Environment["Line__ApiBaseUrl"] = line.BaseUrl.ToString().TrimEnd('/');
        info.Environment["Line__DataApiBaseUrl"] = line.BaseUrl.ToString().TrimEnd('/');
        info.Environment["Line__HttpTimeoutSeconds"] = "2";
        info.Environment["ConnectionStrings__ItaBot"] = "Data Source=" + Path.Combine(directory, "itabot.db");
        info.Environment["Security__KeyFile"] = Path.Combine(directory, "keys", "itabot-keys.json");
        info.Environment["Storage__EvidenceDirectory"] = Path.Combine(directory, "evidence");
        info.Environment["Logging__Directory"] = Path.Combine(directory, "logs");
        info.Environment["Logging__Console"] = "false";
        info.Environment["Alerts__QuietFrom"] = "00:00";
        info.Environment["Alerts__QuietUntil"] = "00:00";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        await bot.WaitHealthyAsync(timeout);
        return bot;
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the bot exited with code {_process.ExitCode}");
            try
            {
                if ((await http.GetAsync(new Uri(BaseUrl, "/healthz"))).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException("the bot did not become healthy in time");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, exactly like a power cut for the process.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit(10_000);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }
}
