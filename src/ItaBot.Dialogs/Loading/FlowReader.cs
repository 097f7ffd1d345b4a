using System.Security.Cryptography;
using System.Text;

namespace ItaBot.Dialogs;

/// <summary>Reads one flow file into a definition, collecting every problem instead of stopping at the first.</summary>
internal static class FlowReader
{
    private static readonly string[] FlowKeys = ["id", "title", "private_only", "host_slots", "texts", "steps"];
    private static readonly string[] CommonKeys = ["id", "type", "say", "hint", "label", "next", "when"];
    private static readonly string[] OptionKeys = ["label", "value", "next"];
    private static readonly string[] WhenKeys = ["slot", "equals", "not_equals"];
    private static readonly string[] ScreenKeys = ["keywords", "ask", "yes_label", "no_label", "to_flow", "carry_to", "declined"];

    private static readonly Dictionary<string, (StepType Type, string[] Keys)> Types = new()
    {
        ["message"] = (StepType.Message, []),
        ["text"] = (StepType.Text, ["min_length", "max_length", "validate", "screen", "options", "optional", "more"]),
        ["choice"] = (StepType.Choice, ["options"]),
        ["confirm"] = (StepType.Confirm, ["yes_label", "no_label", "next_yes", "next_no"]),
        ["rating"] = (StepType.Rating, ["optional"]),
        ["number"] = (StepType.Number, ["min", "max"]),
        ["date"] = (StepType.Date, []),
        ["location"] = (StepType.Location, ["optional"]),
        ["evidence"] = (StepType.Evidence, ["max_items", "photos_only"]),
        ["summary"] = (StepType.Summary, ["fields"]),
        ["end"] = (StepType.End, ["action"]),
    };

    public static FlowDefinition? Read(FlowSource source, List<string> errors)
    {
        var root = YamlFile.Root(source, errors);
        if (root is null)
            return null;
        root.RejectUnknown(FlowKeys);
        var id = root.Str("id") ?? Path.GetFileNameWithoutExtension(source.FileName);
        var steps = root.MapList("steps", i => $"{source.FileName}: step {i + 1}")
            .Select(m => Step(m, source.FileName)).OfType<StepDefinition>().ToList();
        if (steps.Count == 0)
            root.Error("the flow has no steps");
        return new FlowDefinition(id, source.FileName, FlowShape.Version(id, steps), root.Required("title"),
            root.Bool("private_only"), steps, root.StrList("host_slots"), Texts(root));
    }

    private static IReadOnlyDictionary<string, string> Texts(YamlMap root)
    {
        var map = root.Map("texts", $"{root.Where}: texts");
        var texts = new Dictionary<string, string>();
        if (map is null)
            return texts;
        foreach (var key in map.Keys)
            texts[key] = map.Required(key);
        return texts;
    }

    private static StepDefinition? Step(YamlMap raw, string file)
    {
        var id = raw.Str("id");
        if (string.IsNullOrWhiteSpace(id))
        {
            raw.Error("missing required text 'id'");
            return null;
        }
        var map = raw.At($"{file}: step '{id}'");
        var typeName = map.Str("type") ?? "";
        if (!Types.TryGetValue(typeName, out var type))
        {
            map.Error($"unknown step type '{typeName}'");
            return null;
        }
        map.RejectUnknown([.. CommonKeys, .. type.Keys]);
        return Build(map, id, type.Type);
    }

    private static StepDefinition Build(YamlMap map, string id, StepType type) => new()
    {
        Id = id,
        Type = type,
        Say = type is StepType.End ? map.Str("say") ?? "" : map.Required("say"),
        Hint = map.Str("hint"),
        Label = map.Str("label"),
        Next = map.Str("next"),
        When = When(map),
        Optional = map.Bool("optional"),
        More = map.Bool("more"),
        PhotosOnly = map.Bool("photos_only"),
        MinLength = map.Int("min_length") ?? 1,
        MaxLength = map.Int("max_length") ?? 2000,
        Validate = map.Str("validate"),
        Options = map.MapList("options", i => $"{map.Where} option {i + 1}").Select(Option).ToList(),
        YesLabel = type is StepType.Confirm ? map.Required("yes_label") : null,
        NoLabel = type is StepType.Confirm ? map.Required("no_label") : null,
        NextYes = map.Str("next_yes"),
        NextNo = map.Str("next_no"),
        Min = map.Int("min"),
        Max = map.Int("max"),
        MaxItems = map.Int("max_items") ?? 10,
        Screen = Screen(map),
        Action = map.Str("action"),
        Fields = map.Has("fields") ? map.StrList("fields") : null,
    };

    private static ChoiceOption Option(YamlMap map)
    {
        map.RejectUnknown(OptionKeys);
        return new ChoiceOption(map.Required("label"), map.Required("value"), map.Str("next"));
    }

    private static StepCondition? When(YamlMap step)
    {
        var map = step.Map("when", $"{step.Where} when");
        if (map is null)
            return null;
        map.RejectUnknown(WhenKeys);
        var equals = map.Str("equals");
        var notEquals = map.Str("not_equals");
        if (equals is null == notEquals is null)
            map.Error("give exactly one of 'equals' or 'not_equals'");
        return new StepCondition(map.Required("slot"), equals, notEquals);
    }

    private static ScreenRule? Screen(YamlMap step)
    {
        var map = step.Map("screen", $"{step.Where} screen");
        if (map is null)
            return null;
        map.RejectUnknown(ScreenKeys);
        var keywords = map.StrList("keywords");
        if (keywords.Count == 0)
            map.Error("missing required text 'keywords'");
        return new ScreenRule(keywords, map.Required("ask"), map.Required("yes_label"), map.Required("no_label"),
            map.Required("to_flow"), map.Required("carry_to"), map.Required("declined"));
    }
}
