namespace ItaBot.Line.Webhook;

public sealed class WebhookEnvelope
{
    public string? Destination { get; init; }
    public IReadOnlyList<WebhookEvent> Events { get; init; } = [];
}
