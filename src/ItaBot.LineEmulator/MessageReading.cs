using System.Text.Json;
using System.Text.Json.Nodes;

namespace ItaBot.LineEmulator;

/// <summary>Reads sent message JSON the way a person would see it in the chat.</summary>
internal static class MessageReading
{
    public static string? Str(JsonNode? node, string name) => node is JsonObject obj ? AsString(obj[name]) : null;

    public static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static string? Text(JsonObject message)
    {
        switch (Str(message, "type"))
        {
            case "text":
            case "textV2":
                return Str(message, "text");
            case "flex":
                return Joined(FlexTexts(message["contents"]));
            case "template":
                return Joined(TemplateTexts(message["template"] as JsonObject));
            default:
                return null;
        }
    }

    public static IReadOnlyList<string> QuickReplyLabels(JsonObject message) =>
        QuickReplyActions(message).Select(a => Str(a, "label") ?? "").ToList();

    public static IReadOnlyList<(string Label, string? Data, string Type)> Buttons(JsonObject message)
    {
        var actions = QuickReplyActions(message).ToList();
        actions.AddRange(Str(message, "type") switch
        {
            "template" => TemplateActions(message["template"] as JsonObject),
            "flex" => FlexButtonActions(message["contents"]),
            _ => [],
        });
        return actions.Select(a => (Str(a, "label") ?? "", ActionData(a), Str(a, "type") ?? "")).ToList();
    }

    private static string? ActionData(JsonObject action) => Str(action, "type") switch
    {
        "postback" or "datetimepicker" or "richmenuswitch" => Str(action, "data"),
        "message" => Str(action, "text"),
        "uri" => Str(action, "uri"),
        "clipboard" => Str(action, "clipboardText"),
        _ => null,
    };

    private static string? Joined(IEnumerable<string> texts)
    {
        var list = texts.Where(t => t.Length > 0).ToList();
        return list.Count == 0 ? null : string.Join("\n", list);
    }

    private static IEnumerable<JsonObject> QuickReplyActions(JsonObject message) =>
        (message["quickReply"]?["items"] as JsonArray ?? [])
            .Select(item => item?["action"] as JsonObject)
            .OfType<JsonObject>();

    private static IEnumerable<string> TemplateTexts(JsonObject? template)
    {
        if (template is null)
        {
            yield break;
        }

        foreach (var part in new[] { Str(template, "title"), Str(template, "text") })
        {
            if (part is not null)
            {
                yield return part;
            }
        }

        foreach (var column in (template["columns"] as JsonArray ?? []).OfType<JsonObject>())
        {
            foreach (var part in TemplateTexts(column))
            {
                yield return part;
            }
        }
    }

    private static IEnumerable<JsonObject> TemplateActions(JsonObject? template)
    {
        if (template is null)
        {
            return [];
        }

        var own = (template["actions"] as JsonArray ?? []).OfType<JsonObject>();
        var fromColumns = (template["columns"] as JsonArray ?? []).OfType<JsonObject>()
            .SelectMany(c => c["action"] is JsonObject single ? [single] : TemplateActions(c));
        return own.Concat(fromColumns);
    }

    private static IEnumerable<string> FlexTexts(JsonNode? node)
    {
        foreach (var component in FlexComponents(node))
        {
            if (Str(component, "type") != "text")
            {
                continue;
            }

            var spans = (component["contents"] as JsonArray ?? []).Select(s => Str(s, "text")).OfType<string>().ToList();
            var text = spans.Count > 0 ? string.Concat(spans) : Str(component, "text");
            if (text is not null)
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<JsonObject> FlexButtonActions(JsonNode? node) =>
        FlexComponents(node)
            .Where(c => Str(c, "type") == "button")
            .Select(c => c["action"] as JsonObject)
            .OfType<JsonObject>();

    /// <summary>Every component of a bubble or carousel in reading order (header, hero, body, footer).</summary>
    private static IEnumerable<JsonObject> FlexComponents(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var child in array.SelectMany(FlexComponents))
                {
                    yield return child;
                }

                break;
            case JsonObject obj:
                yield return obj;
                foreach (var key in new[] { "header", "hero", "body", "footer", "contents" })
                {
                    if (key == "contents" && Str(obj, "type") == "text")
                    {
                        continue;
                    }

                    foreach (var child in FlexComponents(obj[key]))
                    {
                        yield return child;
                    }
                }

                break;
        }
    }
}
