namespace ItaBot.Dialogs;

/// <summary>All flows and host texts, loaded and validated together.</summary>
public sealed class FlowCatalog
{
    private readonly IReadOnlyDictionary<string, FlowDefinition> _flows;
    private readonly IReadOnlyDictionary<string, TextEntry> _texts;

    internal FlowCatalog(IReadOnlyDictionary<string, FlowDefinition> flows, IReadOnlyDictionary<string, TextEntry> texts)
    {
        _flows = flows;
        _texts = texts;
    }

    /// <exception cref="DialogValidationException">Any file is invalid; all errors are listed.</exception>
    public static FlowCatalog Load(IEnumerable<FlowSource> sources) => CatalogLoader.Load(sources);

    public IReadOnlyCollection<FlowDefinition> Flows => _flows.Values.ToList();

    public FlowDefinition Flow(string id) =>
        _flows.TryGetValue(id, out var flow) ? flow : throw new KeyNotFoundException($"No flow '{id}'");

    public bool TryFlow(string id, out FlowDefinition flow)
    {
        var found = _flows.TryGetValue(id, out var f);
        flow = f!;
        return found;
    }

    public bool HasText(string key) => _texts.ContainsKey(key);

    /// <exception cref="ArgumentException">Unknown key, or a declared slot has no value.</exception>
    public RenderedText Text(string key, IReadOnlyDictionary<string, string>? values = null)
    {
        if (!_texts.TryGetValue(key, out var entry))
            throw new ArgumentException($"No text '{key}'", nameof(key));
        var missing = entry.Slots.Where(s => values is null || !values.ContainsKey(s)).ToList();
        if (missing.Count > 0)
            throw new ArgumentException($"Text '{key}' needs values for: {string.Join(", ", missing)}", nameof(values));
        var text = Template.RenderLines(entry.Text, s => values is not null && values.TryGetValue(s, out var v) ? v : null);
        return new RenderedText(text, entry.Buttons);
    }

    /// <summary>A plain engine text; during validation a missing key (already reported) falls back to the key.</summary>
    internal string Label(string key) => _texts.TryGetValue(key, out var entry) ? entry.Text : key;

    /// <summary>A flow's own override of a catalogue text, else the catalogue's.</summary>
    internal string FlowText(FlowDefinition flow, string key, Func<string, string?> lookup) =>
        Template.Render(flow.Texts.TryGetValue(key, out var own) ? own : Label(key), lookup);
}
