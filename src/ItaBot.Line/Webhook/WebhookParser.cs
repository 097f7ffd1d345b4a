using System.Text.Json;

namespace ItaBot.Line.Webhook;

/// <summary>
/// Parses a webhook body (after its signature was checked). Fails closed only on the envelope:
/// not a JSON object, <c>events</c> missing or not an array, or an event that is not an object with a string
/// <c>type</c>. Everything inside an event is read leniently because LINE's own examples omit "required" fields.
/// </summary>
public static class WebhookParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public static WebhookParseResult Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty) return WebhookParseResult.Invalid("empty body");
        try
        {
            using var document = JsonDocument.Parse(body.ToArray(), DocumentOptions);
            return ReadEnvelope(document.RootElement);
        }
        catch (JsonException)
        {
            return WebhookParseResult.Invalid("body is not valid JSON");
        }
        catch (ArgumentException)
        {
            return WebhookParseResult.Invalid("body is not valid JSON");
        }
        catch (InvalidOperationException)
        {
            return WebhookParseResult.Invalid("body could not be read");
        }
    }

    private static WebhookParseResult ReadEnvelope(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return WebhookParseResult.Invalid("body is not a JSON object");
        if (!root.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
            return WebhookParseResult.Invalid("events is missing or not an array");

        var parsed = new List<WebhookEvent>(events.GetArrayLength());
        var index = 0;
        foreach (var element in events.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object)
                return WebhookParseResult.Invalid($"events[{index}] is not an object");
            if (JsonRead.String(element, "type") is not { } type)
                return WebhookParseResult.Invalid($"events[{index}].type is missing or not a string");
            parsed.Add(WebhookEvent.Read(element, type));
            index++;
        }
        return WebhookParseResult.Valid(new WebhookEnvelope { Destination = JsonRead.String(root, "destination"), Events = parsed });
    }
}
