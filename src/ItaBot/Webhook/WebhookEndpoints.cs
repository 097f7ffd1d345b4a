namespace ItaBot.Webhook;

public static class WebhookEndpoints
{
    public static IEndpointRouteBuilder MapWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhook", (HttpContext http, WebhookReceiver receiver) => receiver.ReceiveAsync(http));
        app.MapGet("/healthz", (HealthState health, Storage.WriteGate gate, ILogger<HealthState> log) =>
        {
            if (!health.Ready) return Results.StatusCode(503);
            if (gate.HeldLongerThan(TimeSpan.FromSeconds(10)) is not { } holder) return Results.Ok(new { status = "ok" });
            log.LogError("The database writer has been held by {Holder} for over 10 s; writes are stalled", holder);
            return Results.Json(new { status = "stalled", holder }, statusCode: 503);
        });
        return app;
    }
}
