namespace ItaBot.Line.Webhook;

/// <summary>Outcome of parsing a webhook body; <see cref="Error"/> never quotes the body.</summary>
public sealed class WebhookParseResult
{
    private WebhookParseResult(WebhookEnvelope? envelope, string? error)
    {
        Envelope = envelope;
        Error = error;
    }

    public bool IsValid => Envelope is not null;
    public string? Error { get; }
    public WebhookEnvelope? Envelope { get; }

    internal static WebhookParseResult Valid(WebhookEnvelope envelope) => new(envelope, null);
    internal static WebhookParseResult Invalid(string error) => new(null, error);
}
