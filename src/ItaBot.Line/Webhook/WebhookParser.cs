using System.Text.Json;

namespace ItaBot.Line.Webhook;

/// <summary>
/// Parses a webhook body (after its signature was checked) into typed events. Whether a body is acceptable is
/// <see cref="WebhookScanner"/>'s decision alone, so the webhook (which only scans) and the turn (which parses)
/// can never disagree. Everything inside an event is read leniently because LINE's own examples omit "required" fields.
/// </summary>
public static class WebhookParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public static WebhookParseResult Parse(ReadOnlySpan<byte> body)
    {
        var scan = WebhookScanner.Scan(body);
        if (!scan.IsValid) return WebhookParseResult.Invalid(scan.Error!);
        using var document = JsonDocument.Parse(body.ToArray(), DocumentOptions);
        var root = document.RootElement;
        var events = new List<WebhookEvent>(scan.Events.Count);
        foreach (var element in root.GetProperty("events").EnumerateArray())
            events.Add(WebhookEvent.Read(element, element.GetProperty("type").GetString()!));
        return WebhookParseResult.Valid(new WebhookEnvelope { Destination = JsonRead.String(root, "destination"), Events = events });
    }
}
