using System.Text.Json.Nodes;

namespace ItaBot.LineEmulator.Validation;

/// <summary>The message-object checks LINE applies to reply, push, multicast and validate (FACTS §4).</summary>
internal static class MessageRules
{
    private static readonly string[] Types =
        ["text", "textV2", "image", "video", "audio", "location", "sticker", "template", "imagemap", "flex"];

    public static ValidationErrors Check(JsonNode? messages)
    {
        var errors = new ValidationErrors();
        if (messages is not JsonArray array)
        {
            errors.Add("May not be empty", "messages");
            return errors;
        }

        if (array.Count is < 1 or > 5)
        {
            errors.Add("Size must be between 1 and 5", "messages");
        }

        for (var i = 0; i < array.Count; i++)
        {
            Message(array[i], $"messages[{i}]", errors);
        }

        return errors;
    }

    private static void Message(JsonNode? node, string path, ValidationErrors errors)
    {
        if (node is not JsonObject message)
        {
            errors.Add("May not be empty", path);
            return;
        }

        var type = MessageReading.Str(message, "type");
        if (type is null || !Types.Contains(type))
        {
            errors.Add($"Must be one of the following values: [{string.Join(", ", Types)}]", $"{path}.type");
            return;
        }

        Body(message, type, path, errors);
        QuickReply(message, path, errors);
    }

    private static void Body(JsonObject message, string type, string path, ValidationErrors errors)
    {
        switch (type)
        {
            case "text" or "textV2":
                errors.Required(message, "text", path);
                errors.MaxUnits(message, "text", 5000, path);
                break;
            case "image" or "video":
                Urls(message, path, errors, "originalContentUrl", "previewImageUrl");
                break;
            case "audio":
                Urls(message, path, errors, "originalContentUrl");
                errors.RequiredNumber(message, "duration", path);
                break;
            case "location":
                Location(message, path, errors);
                break;
            case "sticker":
                errors.Required(message, "packageId", path);
                errors.Required(message, "stickerId", path);
                break;
            case "imagemap":
                errors.Required(message, "baseUrl", path);
                errors.Required(message, "altText", path);
                errors.MaxUnits(message, "altText", 1500, path);
                break;
            case "template":
                TemplateRules.Check(message, path, errors);
                break;
            case "flex":
                FlexRules.Check(message, path, errors);
                break;
        }
    }

    private static void Urls(JsonObject message, string path, ValidationErrors errors, params string[] names)
    {
        foreach (var name in names)
        {
            errors.Required(message, name, path);
            errors.MaxUnits(message, name, 2000, path);
        }
    }

    private static void Location(JsonObject message, string path, ValidationErrors errors)
    {
        foreach (var name in new[] { "title", "address" })
        {
            errors.Required(message, name, path);
            errors.MaxUnits(message, name, 100, path);
        }

        errors.RequiredNumber(message, "latitude", path);
        errors.RequiredNumber(message, "longitude", path);
    }

    private static void QuickReply(JsonObject message, string path, ValidationErrors errors)
    {
        if (message["quickReply"] is not JsonObject quickReply)
        {
            return;
        }

        var at = $"{path}.quickReply";
        var items = errors.SizedArray(quickReply, "items", 1, 13, at);
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            var itemPath = $"{at}.items[{i}]";
            if (items[i] is not JsonObject item || MessageReading.Str(item, "type") != "action")
            {
                errors.Add("Must be one of the following values: [action]", $"{itemPath}.type");
                continue;
            }

            ActionRules.Check(item["action"], $"{itemPath}.action", ActionPlace.QuickReply, errors);
        }
    }
}
