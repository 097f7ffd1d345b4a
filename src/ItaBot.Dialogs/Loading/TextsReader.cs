using YamlDotNet.RepresentationModel;

namespace ItaBot.Dialogs;

/// <summary>Reads texts.yaml: <c>key: { slots: [..], text: "..", buttons: [{label, value}] }</c> or <c>key: "text"</c>.</summary>
internal static class TextsReader
{
    private static readonly string[] EntryKeys = ["slots", "text", "buttons"];
    private static readonly string[] ButtonKeys = ["label", "value"];

    public static IReadOnlyList<TextEntry> Read(FlowSource source, List<string> errors)
    {
        var root = YamlFile.Root(source, errors);
        if (root is null)
            return [];
        var entries = new List<TextEntry>();
        foreach (var (key, node) in root.Entries())
        {
            var where = $"{source.FileName}: text '{key}'";
            if (node is YamlScalarNode scalar)
                entries.Add(new TextEntry(key, [], scalar.Value ?? "", []));
            else if (node is YamlMappingNode map)
                entries.Add(Entry(key, new YamlMap(map, where, errors)));
            else
                errors.Add($"{where}: must be a text or a mapping");
        }
        return entries;
    }

    private static TextEntry Entry(string key, YamlMap map)
    {
        map.RejectUnknown(EntryKeys);
        var buttons = map.MapList("buttons", i => $"{map.Where} button {i + 1}").Select(Button).ToList();
        return new TextEntry(key, map.StrList("slots"), map.Required("text"), buttons);
    }

    private static Button Button(YamlMap map)
    {
        map.RejectUnknown(ButtonKeys);
        return new Button(ButtonKind.Postback, map.Required("label"), map.Required("value"));
    }
}
