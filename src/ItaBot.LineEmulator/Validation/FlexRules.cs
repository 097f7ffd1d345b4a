using System.Text;
using System.Text.Json.Nodes;

namespace ItaBot.LineEmulator.Validation;

/// <summary>Flex messages: size limits and every action inside the component tree.</summary>
internal static class FlexRules
{
    private const int BubbleBytes = 30 * 1024;
    private const int CarouselBytes = 50 * 1024;

    public static void Check(JsonObject message, string path, ValidationErrors errors)
    {
        errors.Required(message, "altText", path);
        errors.MaxUnits(message, "altText", 1500, path);
        if (message["contents"] is not JsonObject contents)
        {
            errors.Add("May not be empty", $"{path}.contents");
            return;
        }

        var at = $"{path}.contents";
        switch (MessageReading.Str(contents, "type"))
        {
            case "bubble":
                Size(contents, BubbleBytes, "30KB", at, errors);
                break;
            case "carousel":
                Size(contents, CarouselBytes, "50KB", at, errors);
                errors.SizedArray(contents, "contents", 1, 12, at);
                break;
            default:
                errors.Add("Must be one of the following values: [bubble, carousel]", $"{at}.type");
                return;
        }

        Walk(contents, at, errors);
    }

    private static void Size(JsonObject contents, int max, string label, string at, ValidationErrors errors)
    {
        if (Encoding.UTF8.GetByteCount(contents.ToJsonString()) > max)
        {
            errors.Add($"Size must be {label} or less", at);
        }
    }

    private static void Walk(JsonNode? node, string at, ValidationErrors errors)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{at}[{i}]", errors);
                }

                break;
            case JsonObject obj:
                WalkObject(obj, at, errors);
                break;
        }
    }

    private static void WalkObject(JsonObject obj, string at, ValidationErrors errors)
    {
        var isButton = MessageReading.Str(obj, "type") == "button";
        if (isButton || obj["action"] is not null)
        {
            ActionRules.Check(obj["action"], $"{at}.action", isButton ? ActionPlace.FlexButton : ActionPlace.FlexOther, errors);
        }

        foreach (var (key, child) in obj)
        {
            if (key != "action")
            {
                Walk(child, $"{at}.{key}", errors);
            }
        }
    }
}
