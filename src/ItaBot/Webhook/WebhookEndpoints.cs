namespace ItaBot.Webhook;

public static class WebhookEndpoints
{
    public static IEndpointRouteBuilder MapWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhook", (HttpContext http, WebhookReceiver receiver) => receiver.ReceiveAsync(http));
        app.MapGet("/healthz", (HealthState health) => health.Ready ? Results.Ok(new { status = "ok" }) : Results.StatusCode(503));
        return app;
    }
}
