using System.Text.Json.Nodes;

namespace ItaBot.LineEmulator.Validation;

/// <summary>Action objects (REF "Action objects"): where each type may appear and its field limits.</summary>
internal static class ActionRules
{
    public static readonly string[] QuickReply =
        ["camera", "cameraRoll", "location", "postback", "message", "uri", "datetimepicker", "clipboard"];

    public static readonly string[] Template = ["postback", "message", "uri", "datetimepicker", "clipboard"];

    public static readonly string[] Flex = Template;

    public static readonly string[] RichMenu = [.. Template, "richmenuswitch"];

    public static void Check(JsonNode? node, string path, ActionPlace place, ValidationErrors errors)
    {
        if (node is not JsonObject action)
        {
            errors.Add("May not be empty", path);
            return;
        }

        var type = MessageReading.Str(action, "type");
        if (type is null || !place.Types.Contains(type))
        {
            errors.Add($"Must be one of the following values: [{string.Join(", ", place.Types)}]", $"{path}.type");
            return;
        }

        CheckLabel(action, type, path, place, errors);
        CheckFields(action, type, path, errors);
    }

    private static void CheckLabel(JsonObject action, string type, string path, ActionPlace place, ValidationErrors errors)
    {
        var needsLabel = place.LabelRequired || type is "camera" or "cameraRoll" or "location";
        if (needsLabel)
        {
            errors.Required(action, "label", path);
        }

        errors.MaxGraphemes(action, "label", place.LabelMax, path);
    }

    private static void CheckFields(JsonObject action, string type, string path, ValidationErrors errors)
    {
        switch (type)
        {
            case "postback":
                errors.Required(action, "data", path);
                errors.MaxUnits(action, "data", 300, path);
                errors.MaxGraphemes(action, "displayText", 300, path);
                errors.MaxGraphemes(action, "text", 300, path);
                errors.MaxGraphemes(action, "fillInText", 300, path);
                break;
            case "message":
                errors.Required(action, "text", path);
                errors.MaxGraphemes(action, "text", 300, path);
                break;
            case "uri":
                errors.Required(action, "uri", path);
                errors.MaxUnits(action, "uri", 1000, path);
                break;
            case "datetimepicker":
                CheckDatetimePicker(action, path, errors);
                break;
            case "clipboard":
                errors.Required(action, "clipboardText", path);
                errors.MaxUnits(action, "clipboardText", 1000, path);
                break;
            case "richmenuswitch":
                errors.Required(action, "richMenuAliasId", path);
                errors.MaxUnits(action, "richMenuAliasId", 32, path);
                errors.Required(action, "data", path);
                errors.MaxUnits(action, "data", 300, path);
                break;
        }
    }

    private static void CheckDatetimePicker(JsonObject action, string path, ValidationErrors errors)
    {
        errors.Required(action, "data", path);
        errors.MaxUnits(action, "data", 300, path);
        if (MessageReading.Str(action, "mode") is not ("date" or "time" or "datetime"))
        {
            errors.Add("Must be one of the following values: [date, time, datetime]", $"{path}.mode");
        }
    }
}

/// <summary>Where an action sits decides its allowed types and label rule.</summary>
internal sealed record ActionPlace(string[] Types, int LabelMax, bool LabelRequired)
{
    public static readonly ActionPlace QuickReply = new(ActionRules.QuickReply, 20, true);
    public static readonly ActionPlace Template = new(ActionRules.Template, 20, true);
    public static readonly ActionPlace ImageCarousel = new(ActionRules.Template, 12, false);
    public static readonly ActionPlace FlexButton = new(ActionRules.Flex, 40, true);
    public static readonly ActionPlace FlexOther = new(ActionRules.Flex, 40, false);
    public static readonly ActionPlace RichMenu = new(ActionRules.RichMenu, 20, false);
}
