using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using ItaBot.LineEmulator;

namespace ItaBot.Bench;

/// <summary>
/// The built bot run as a separate process (`dotnet ItaBot.dll`), configured only by environment variables as an
/// operator would: its memory and CPU are its own, and it can be SIGKILLed and started again on the same folder.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private const int SigTerm = 15;
    private const int StderrLinesKept = 20;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stderr = new();

    private BotProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }
    public Uri WebhookUrl => new(BaseUrl, "/webhook");
    public int Id => _process.Id;

    /// <summary>User plus system time of all the bot's threads since it started.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>
    /// CPU time of the runtime's background JIT thread (".NET Tiered Com"), from /proc; zero where there is no procfs.
    /// While it still grows the bot is compiling its hot paths, not yet running as it will for the rest of its life.
    /// </summary>
    public TimeSpan JitCpuTime => JitThreadCpu.Of(_process.Id);

    /// <summary>The kernel's high-water mark of the bot's resident set (VmHWM); null where there is no procfs.</summary>
    public long? PeakRssBytes => MemoryFigures.StatusBytes(_process.Id.ToString(), "VmHWM");

    public long? RssBytes => MemoryFigures.StatusBytes(_process.Id.ToString(), "VmRSS");

    public static string DatabasePath(string directory) => Path.Combine(directory, "itabot.db");

    public static string KeyFile(string directory) => Path.Combine(directory, "keys", "itabot-keys.json");

    /// <param name="environment">More settings in environment-variable form ("Inbox__Process" = "false"); they win over the ones set here.</param>
    public static async Task<BotProcess> StartAsync(string directory, LineEmulatorServer line, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null, CancellationToken ct = default)
    {
        var port = FreePort();
        var info = DotnetItaBot(port);
        var lineUrl = line.BaseUrl.ToString().TrimEnd('/');
        info.Environment["Line__Mode"] = "line";
        info.Environment["Line__ChannelSecret"] = line.ChannelSecret;
        info.Environment["Line__ChannelAccessToken"] = line.ChannelAccessToken;
        info.Environment["Line__ApiBaseUrl"] = lineUrl;
        info.Environment["Line__DataApiBaseUrl"] = lineUrl;
        info.Environment["ConnectionStrings__ItaBot"] = "Data Source=" + DatabasePath(directory);
        info.Environment["Security__KeyFile"] = KeyFile(directory);
        info.Environment["Storage__EvidenceDirectory"] = Path.Combine(directory, "evidence");
        info.Environment["Logging__Directory"] = Path.Combine(directory, "logs");
        info.Environment["Logging__Console"] = "false";
        // Line mode refuses the shipped example notice.
        info.Environment["Organisation__PrivacyNoticeUrl"] = "https://www.nonghuarat.go.th/privacy";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        return await LaunchAsync(info, port, timeout, ct);
    }

    /// <summary>The bare HMAC-only endpoint (<see cref="BareEndpoint"/>) from the same build, as a process of its own.</summary>
    public static async Task<BotProcess> StartBareAsync(string channelSecret, TimeSpan timeout, CancellationToken ct)
    {
        var port = FreePort();
        var info = DotnetItaBot(port, BareEndpoint.Verb);
        info.Environment[BareEndpoint.SecretVariable] = channelSecret;
        return await LaunchAsync(info, port, timeout, ct);
    }

    /// <summary>`dotnet ItaBot.dll [verb] --urls …` for the dll running this code, so a Release bench measures a Release build.</summary>
    private static ProcessStartInfo DotnetItaBot(int port, params string[] verb)
    {
        var dll = typeof(ItaBot.Hosting.ItaBotHost).Assembly.Location;
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[dll, .. verb, "--urls", $"http://127.0.0.1:{port}"]) info.ArgumentList.Add(argument);
        return info;
    }

    private static async Task<BotProcess> LaunchAsync(ProcessStartInfo info, int port, TimeSpan timeout, CancellationToken ct)
    {
        var process = Process.Start(info)!;
        var child = new BotProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => child.KeepStderr(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await child.WaitHealthyAsync(timeout, ct);
        }
        catch
        {
            child.Dispose();
            throw;
        }
        return child;
    }

    private async Task WaitHealthyAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                // Without a timeout this also waits for the last of stderr to be read.
                _process.WaitForExit();
                throw new InvalidOperationException($"the bot exited with code {_process.ExitCode}: {string.Join(Environment.NewLine, _stderr)}");
            }
            try
            {
                if ((await http.GetAsync(new Uri(BaseUrl, "/healthz"), ct)).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
            await Task.Delay(100, ct);
        }
        throw new TimeoutException("the bot did not become healthy in time");
    }

    /// <summary>Only the last lines: enough to say why a bot that would not start gave up.</summary>
    private void KeepStderr(string? line)
    {
        if (line is null) return;
        _stderr.Enqueue(line);
        while (_stderr.Count > StderrLinesKept) _stderr.TryDequeue(out _);
    }

    /// <summary>
    /// SIGTERM, as systemd or `docker stop` sends it, so the bot shuts down the way it does in service; SIGKILL if it
    /// has not exited within the timeout.
    /// </summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (_process.HasExited) return;
        if (Signal(_process.Id, SigTerm) != 0)
        {
            Kill();
            return;
        }
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, exactly like a power cut for the process.</summary>
    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit(10_000);
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Signal(int pid, int signal);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
