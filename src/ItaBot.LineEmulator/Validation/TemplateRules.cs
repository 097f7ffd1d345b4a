using System.Text.Json.Nodes;

namespace ItaBot.LineEmulator.Validation;

/// <summary>Template messages (buttons, confirm, carousel, image carousel).</summary>
internal static class TemplateRules
{
    public static void Check(JsonObject message, string path, ValidationErrors errors)
    {
        errors.Required(message, "altText", path);
        errors.MaxUnits(message, "altText", 1500, path);
        if (message["template"] is not JsonObject template)
        {
            errors.Add("May not be empty", $"{path}.template");
            return;
        }

        var at = $"{path}.template";
        switch (MessageReading.Str(template, "type"))
        {
            case "buttons":
                Buttons(template, at, errors);
                break;
            case "confirm":
                errors.Required(template, "text", at);
                errors.MaxGraphemes(template, "text", 240, at);
                Actions(template, at, 2, 2, errors);
                break;
            case "carousel":
                Columns(template, at, errors, Column);
                break;
            case "image_carousel":
                Columns(template, at, errors, (c, p, e) => ActionRules.Check(c["action"], $"{p}.action", ActionPlace.ImageCarousel, e));
                break;
            default:
                errors.Add("Must be one of the following values: [buttons, confirm, carousel, image_carousel]", $"{at}.type");
                break;
        }
    }

    private static void Buttons(JsonObject template, string at, ValidationErrors errors)
    {
        var compact = template["thumbnailImageUrl"] is not null || template["title"] is not null;
        errors.Required(template, "text", at);
        errors.MaxGraphemes(template, "text", compact ? 60 : 160, at);
        errors.MaxGraphemes(template, "title", 40, at);
        Actions(template, at, 1, 4, errors);
    }

    private static void Column(JsonObject column, string at, ValidationErrors errors)
    {
        var compact = column["thumbnailImageUrl"] is not null || column["title"] is not null;
        errors.Required(column, "text", at);
        errors.MaxGraphemes(column, "text", compact ? 60 : 120, at);
        errors.MaxGraphemes(column, "title", 40, at);
        Actions(column, at, 1, 3, errors);
    }

    private static void Columns(JsonObject template, string at, ValidationErrors errors, Action<JsonObject, string, ValidationErrors> check)
    {
        var columns = errors.SizedArray(template, "columns", 1, 10, at);
        for (var i = 0; columns is not null && i < columns.Count; i++)
        {
            if (columns[i] is JsonObject column)
            {
                check(column, $"{at}.columns[{i}]", errors);
            }
        }
    }

    private static void Actions(JsonObject owner, string at, int min, int max, ValidationErrors errors)
    {
        var actions = errors.SizedArray(owner, "actions", min, max, at);
        for (var i = 0; actions is not null && i < actions.Count; i++)
        {
            ActionRules.Check(actions[i], $"{at}.actions[{i}]", ActionPlace.Template, errors);
        }
    }
}
