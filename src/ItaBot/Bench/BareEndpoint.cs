using ItaBot.Line;

namespace ItaBot.Bench;

/// <summary>The yardstick for ingest: an ASP.NET endpoint that reads the body, checks the HMAC and answers 200.</summary>
public sealed class BareEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareEndpoint(WebApplication app) => _app = app;

    public Uri WebhookUrl => new(new Uri(_app.Urls.First()), "/webhook");

    public static async Task<BareEndpoint> StartAsync(string channelSecret, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder(["--hostBuilder:reloadConfigOnChange=false"]);
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
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
