using ItaBot.Line;

namespace ItaBot.Bench;

/// <summary>
/// The yardstick for ingest: an ASP.NET endpoint that reads the body, checks the HMAC and answers 200. The bench runs
/// it as a child process of its own (`dotnet ItaBot.dll bench-bare`), like the bot, so both sides of the ratio pay
/// the same for crossing between processes and neither shares a thread pool with the load generator.
/// </summary>
public sealed class BareEndpoint : IAsyncDisposable
{
    /// <summary>The argument that makes `dotnet ItaBot.dll` serve only this endpoint; the secret comes in <see cref="SecretVariable"/>.</summary>
    public const string Verb = "bench-bare";

    public const string SecretVariable = "ITABOT_BENCH_BARE_SECRET";

    /// <summary>Serves until SIGTERM, on the address given with --urls.</summary>
    public static async Task<int> ServeAsync(string[] args)
    {
        var secret = Environment.GetEnvironmentVariable(SecretVariable) ?? "";
        await using var endpoint = await StartAsync(secret, CancellationToken.None, args.Skip(1).ToArray());
        await endpoint._app.WaitForShutdownAsync();
        return 0;
    }

    private readonly WebApplication _app;

    private BareEndpoint(WebApplication app) => _app = app;

    public Uri WebhookUrl => new(new Uri(_app.Urls.First()), "/webhook");

    public static async Task<BareEndpoint> StartAsync(string channelSecret, CancellationToken ct, string[]? args = null)
    {
        var builder = WebApplication.CreateSlimBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args ?? []]);
        builder.Logging.ClearProviders();
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Ok());
        app.MapPost("/webhook", async (HttpContext http) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
            var signature = http.Request.Headers["x-line-signature"].ToString();
            return LineSignature.IsValid(channelSecret, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), signature)
                ? Results.Ok()
                : Results.StatusCode(401);
        });
        await app.StartAsync(ct);
        return new BareEndpoint(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
