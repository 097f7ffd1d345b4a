using ItaBot.Dialogs;
using ItaBot.Line.Messaging;

namespace ItaBot.Conversation;

/// <summary>The host's own messages, all worded in dialogs/texts.yaml.</summary>
public sealed class Texts(FlowCatalogProvider catalogs, LineRenderer renderer)
{
    public FlowCatalog Catalog => catalogs.Current;

    public string Plain(string key, IReadOnlyDictionary<string, string>? values = null) => Catalog.Text(key, values).Text;

    public IReadOnlyList<Button> Buttons(string key) => Catalog.Text(key).Buttons;

    /// <summary>A text message; its own buttons from texts.yaml come first, then any extra ones.</summary>
    public Message Message(string key, IReadOnlyDictionary<string, string>? values = null, IReadOnlyList<Button>? extra = null)
    {
        var rendered = Catalog.Text(key, values);
        return renderer.Text(rendered.Text, rendered.Buttons.Concat(extra ?? []).Take(13).ToList());
    }

    public static IReadOnlyDictionary<string, string> Values(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value);
}
