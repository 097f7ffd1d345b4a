using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ItaBot.Dialogs;

internal static class YamlFile
{
    /// <summary>The root mapping, or null with an error naming the file when it cannot be parsed.</summary>
    public static YamlMap? Root(FlowSource source, List<string> errors)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(source.Content));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root)
                return new YamlMap(root, source.FileName, errors);
            errors.Add($"{source.FileName}: the file must be a YAML mapping");
        }
        catch (YamlException e)
        {
            errors.Add($"{source.FileName}: line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }
        return null;
    }
}
