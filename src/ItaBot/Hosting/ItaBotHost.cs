using ItaBot.Configuration;
using ItaBot.Complaints;
using ItaBot.Conversation;
using ItaBot.Calendar;
using ItaBot.Line.Api;
using ItaBot.LineEmulator;
using ItaBot.Security;
using ItaBot.Staff.ReportsDesk;
using ItaBot.Stats;
using ItaBot.Storage;
using ItaBot.Webhook;
using Serilog.Extensions.Logging;

namespace ItaBot.Hosting;

/// <summary>Builds and starts the bot; in local mode also the LINE stand-in it talks to.</summary>
public sealed class ItaBotHost : IAsyncDisposable
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    private readonly Serilog.Core.Logger _logger;

    private ItaBotHost(WebApplication app, LineEmulatorServer? emulator, Serilog.Core.Logger logger)
    {
        App = app;
        Emulator = emulator;
        _logger = logger;
    }

    public WebApplication App { get; }
    public LineEmulatorServer? Emulator { get; }
    public Uri BaseUrl => new(App.Urls.First());

    /// <summary>Checks the configuration, prepares the database and starts listening. Throws StartupException with a clear message.</summary>
    public static async Task<ItaBotHost> StartAsync(string[] args, Action<WebApplicationBuilder>? configure = null, CancellationToken ct = default)
    {
        // A reloadable appsettings.json makes the host watch its whole content root, recursively: with the
        // database and logs under it, every WAL and log write woke a watcher thread (10% of the CPU under load).
        // Settings are read at start-up anyway; the dialogs folder has its own narrow watcher.
        var builder = WebApplication.CreateSlimBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
        configure?.Invoke(builder);
        var line = builder.Configuration.GetSection(LineOptions.Section).Get<LineOptions>() ?? new LineOptions();
        var local = LineMode.IsLocal(line);
        LineEmulatorServer? emulator = null;
        if (local)
        {
            emulator = await StartEmulatorAsync(builder.Configuration, line.EmulatorPort, ct);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Line:ChannelSecret"] = emulator.ChannelSecret,
                ["Line:ChannelAccessToken"] = emulator.ChannelAccessToken,
                ["Line:ApiBaseUrl"] = emulator.BaseUrl.ToString().TrimEnd('/'),
                ["Line:DataApiBaseUrl"] = emulator.BaseUrl.ToString().TrimEnd('/'),
            });
        }
        else
        {
            var problems = LineMode.Problems(line).ToList();
            if (problems.Count > 0) throw new StartupException("LINE is not configured:\n  - " + string.Join("\n  - ", problems));
            var organisation = builder.Configuration.GetSection(OrganisationOptions.Section).Get<OrganisationOptions>() ?? new OrganisationOptions();
            if (PrivacyNoticeCheck.Problem(organisation.PrivacyNoticeUrl) is { } privacy) throw new StartupException(privacy);
            if (PublicBaseUrlCheck.Problem(organisation.PublicBaseUrl) is { } publicBase) throw new StartupException(publicBase);
        }
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(DefaultUrl);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = WebhookReceiver.MaxBodyBytes + 1);

        var logger = Logging.Create(builder.Configuration);
        builder.Logging.ClearProviders();
        // The DI container does not dispose a provider it was handed, so the host disposes the logger itself:
        // that is what flushes the buffered log file at shutdown.
        builder.Logging.AddProvider(new SerilogLoggerProvider(logger));
        // Hosting's own lines (request started, finished) are below Warning and never written, but while its logger is
        // enabled at all ASP.NET starts an Activity and a logging scope for every request: CPU on every webhook for nothing.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.Services.AddItaBotCore(builder.Configuration, createKeyRing: local).AddItaBotWorkers();

        var app = builder.Build();
        Check(app.Services);
        app.MapWebhook();
        app.MapStats().MapReportDownloads();
        try { await app.StartAsync(ct); }
        catch (Exception e) when (StartFailure.Explain(e) is { } failure)
        {
            // Workers started before the listener failed: stopped, they end quietly instead of logging a cancellation.
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            await logger.DisposeAsync();
            if (emulator is not null) await emulator.DisposeAsync();
            throw failure;
        }
        if (emulator is not null) emulator.WebhookUrl = new Uri(new Uri(app.Urls.First()), "/webhook");
        app.Services.GetRequiredService<HealthState>().Ready = true;
        return new ItaBotHost(app, emulator, logger);
    }

    /// <summary>Everything that can be wrong with the set-up is found now, not at the first complaint.</summary>
    private static void Check(IServiceProvider services)
    {
        Run("encryption keys", () => services.GetRequiredService<KeyRing>());
        Run("database", () => services.GetRequiredService<Database>().Migrate());
        Run("sealing agencies", () => services.GetRequiredService<LegacyAgencySealing>().Run());
        Run("dialogs", () => services.GetRequiredService<FlowCatalogProvider>());
        Run("drafts", () => services.GetRequiredService<DraftLifetime>());
        Run("organisation", () => services.GetRequiredService<OrganisationContact>());
        Run("holiday calendar", () => services.GetRequiredService<HolidayCalendar>());
        Run("complaint timeline", () => services.GetRequiredService<ComplaintDeadlines>());
        Run("LINE client", () => services.GetRequiredService<LineMessagingClient>());
        Run("evidence downloads", () => services.GetRequiredService<IContentDownload>());
    }

    private static void Run(string what, Action check)
    {
        try { check(); }
        catch (Exception e) when (e is not StartupException)
        {
            var inner = e is InvalidOperationException { InnerException: { } i } ? i : e;
            throw new StartupException($"{what}: {inner.Message}");
        }
    }

    private static async Task<LineEmulatorServer> StartEmulatorAsync(IConfiguration configuration, int port, CancellationToken ct)
    {
        try { return await LineEmulatorServer.StartAsync(new LineEmulatorOptions { Port = port }, ct); }
        catch (IOException) when (port != 0)
        {
            // The usual port is taken (another copy running?): any free port still gives a working stand-in.
            return await LineEmulatorServer.StartAsync(new LineEmulatorOptions { Port = 0 }, ct);
        }
    }

    private int _disposed;

    public async ValueTask DisposeAsync()
    {
        // Tests stop the host early to read its flushed logs; the later "await using" must then do nothing.
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await App.StopAsync();
        await App.DisposeAsync();
        await _logger.DisposeAsync();
        if (Emulator is not null) await Emulator.DisposeAsync();
    }
}
