namespace ItaBot.Line.Webhook;

/// <summary>Outcome of scanning a webhook body; <see cref="Error"/> never quotes the body.</summary>
public sealed class WebhookScan
{
    private WebhookScan(IReadOnlyList<ScannedEvent> events, string? error)
    {
        Events = events;
        Error = error;
    }

    public bool IsValid => Error is null;
    public string? Error { get; }
    public IReadOnlyList<ScannedEvent> Events { get; }

    internal static WebhookScan Valid(IReadOnlyList<ScannedEvent> events) => new(events, null);
    internal static WebhookScan Invalid(string error) => new([], error);
}
