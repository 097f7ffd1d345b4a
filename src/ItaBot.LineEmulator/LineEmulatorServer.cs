using ItaBot.LineEmulator.Api;
using ItaBot.LineEmulator.Driving;
using ItaBot.LineEmulator.Page;
using ItaBot.LineEmulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ItaBot.LineEmulator;

/// <summary>
/// A local stand-in for the LINE platform: serves the Messaging API (api and api-data paths on one host),
/// drives the bot with signed webhooks, records what the bot sent, injects faults and serves a chat page.
/// </summary>
public sealed partial class LineEmulatorServer : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly EmulatorCore core;
    private readonly WebApplication app;
    private readonly HttpClient http;
    private readonly WebhookSender sender;
    private readonly WebhookEvents events;

    private LineEmulatorServer(EmulatorCore core, WebApplication app, HttpClient http)
    {
        this.core = core;
        this.app = app;
        this.http = http;
        events = new WebhookEvents(core);
        sender = new WebhookSender(core, http, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<LineEmulatorServer>());
    }

    public Uri BaseUrl { get; private set; } = null!;

    public string ChannelSecret => core.Options.ChannelSecret;

    public string ChannelAccessToken => core.Options.ChannelAccessToken;

    /// <summary>Where webhooks go; settable because a host often learns its own address only after starting.</summary>
    public Uri? WebhookUrl
    {
        get => sender.WebhookUrl;
        set => sender.WebhookUrl = value;
    }

    /// <summary>The bot's own user id, sent as <c>destination</c> in every webhook.</summary>
    public string BotUserId => core.BotUserId;

    public FaultPlan Faults => core.Faults;

    public static async Task<LineEmulatorServer> StartAsync(LineEmulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var core = new EmulatorCore(options);
        var app = BuildApp(options);
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        var server = new LineEmulatorServer(core, app, http);
        server.MapRoutes();
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(StopTimeout))
        {
            await app.StopAsync(timeout.Token);
        }

        await app.DisposeAsync();
        http.Dispose();
    }

    private static WebApplication BuildApp(LineEmulatorOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(LineEmulatorServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });

        // The host's own configuration (URLs, Kestrel endpoints) must not leak into the emulator.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        if (options.LogToConsole)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        }

        var app = builder.Build();
        app.Urls.Clear();
        app.Urls.Add($"http://127.0.0.1:{options.Port}");
        return app;
    }

    private void MapRoutes()
    {
        var gate = new ApiGate(core, app.Lifetime);
        app.Use(gate.InvokeAsync);
        new MessageEndpoints(core).Map(app);
        new UserEndpoints(core).Map(app);
        new RichMenuEndpoints(core).Map(app);
        app.MapFallback("/v2/{**rest}", context => ApiResponses.MessageAsync(context, 404, "Not found"));
        new ChatPageEndpoints(core, new PageEvents(events, sender)).Map(app);
    }
}
