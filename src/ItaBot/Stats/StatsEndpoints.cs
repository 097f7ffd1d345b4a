using ItaBot.Conversation;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ItaBot.Stats;

/// <summary>GET /stats (the public page) and GET /stats.json (the same numbers, up to the end of yesterday), both from the one-minute cache.</summary>
public static class StatsEndpoints
{
    // The default encoder writes every Thai letter as \uXXXX, which a person reading the API cannot read. Thai is
    // let through as it is: the body goes out only as application/json with nosniff, so no browser takes it for
    // HTML or script; the encoder still escapes <, >, & and quotes, should anyone paste it into a page.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Thai),
    };

    // The page needs no script and loads nothing from elsewhere, so the policy can forbid both outright.
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

    public static IEndpointRouteBuilder MapStats(this IEndpointRouteBuilder app)
    {
        app.MapGet("/stats", async (HttpContext http, StatsCache cache, Texts texts, CancellationToken ct) =>
        {
            var snapshot = await cache.GetAsync(ct);
            Headers(http);
            http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return Results.Content(StatsPage.Render(snapshot, texts), "text/html; charset=utf-8");
        });
        app.MapGet("/stats.json", async (HttpContext http, StatsCache cache, CancellationToken ct) =>
        {
            var snapshot = await cache.GetAsync(ct);
            Headers(http);
            http.Response.Headers.AccessControlAllowOrigin = "*";
            return Results.Content(JsonSerializer.Serialize(snapshot, Json), "application/json; charset=utf-8");
        });
        return app;
    }

    private static void Headers(HttpContext http)
    {
        http.Response.Headers.CacheControl = "public, max-age=60";
        http.Response.Headers.XContentTypeOptions = "nosniff";
    }
}
