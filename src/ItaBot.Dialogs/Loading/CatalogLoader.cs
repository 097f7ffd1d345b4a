namespace ItaBot.Dialogs;

internal static class CatalogLoader
{
    public const string TextsFile = "texts.yaml";

    public static FlowCatalog Load(IEnumerable<FlowSource> sources)
    {
        var errors = new List<string>();
        var texts = new Dictionary<string, TextEntry>();
        var flows = new Dictionary<string, FlowDefinition>();
        foreach (var source in sources)
        {
            if (Path.GetFileName(source.FileName).Equals(TextsFile, StringComparison.OrdinalIgnoreCase))
                AddTexts(source, texts, errors);
            else
                AddFlow(source, flows, errors);
        }
        var catalog = new FlowCatalog(flows, texts);
        TextsValidator.Validate(texts.Values, errors);
        foreach (var flow in flows.Values)
            new FlowValidator(catalog, flow, errors).Validate();
        if (errors.Count > 0)
            throw new DialogValidationException(errors);
        return catalog;
    }

    private static void AddTexts(FlowSource source, Dictionary<string, TextEntry> texts, List<string> errors)
    {
        foreach (var entry in TextsReader.Read(source, errors))
        {
            if (!texts.TryAdd(entry.Key, entry))
                errors.Add($"{source.FileName}: text '{entry.Key}': duplicate id");
        }
    }

    private static void AddFlow(FlowSource source, Dictionary<string, FlowDefinition> flows, List<string> errors)
    {
        var flow = FlowReader.Read(source, errors);
        if (flow is not null && !flows.TryAdd(flow.Id, flow))
            errors.Add($"{source.FileName}: duplicate id: flow '{flow.Id}' is also in {flows[flow.Id].FileName}");
    }
}
