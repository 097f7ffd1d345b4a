using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ItaBot.Dialogs;

/// <summary>Reads one YAML mapping, reporting problems against a place such as "complaint.yaml: step 'who'".</summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly List<string> _errors;

    public YamlMap(YamlMappingNode node, string where, List<string> errors)
    {
        _node = node;
        Where = where;
        _errors = errors;
    }

    public string Where { get; }

    /// <summary>The same mapping reported under a better name, once its id is known.</summary>
    public YamlMap At(string where) => new(_node, where, _errors);

    public IEnumerable<string> Keys => _node.Children.Keys.Select(k => (k as YamlScalarNode)?.Value ?? "");

    public bool Has(string key) => _node.Children.ContainsKey(new YamlScalarNode(key));

    public void Error(string message) => _errors.Add($"{Where}: {message}");

    public void RejectUnknown(ICollection<string> allowed)
    {
        foreach (var key in Keys.Where(k => !allowed.Contains(k)))
            Error($"unknown key '{key}'");
    }

    public string? Str(string key)
    {
        var node = Get(key);
        if (node is null)
            return null;
        if (node is YamlScalarNode scalar)
            return scalar.Value;
        Error($"'{key}' must be a single value");
        return null;
    }

    public string Required(string key)
    {
        var value = Str(key);
        if (string.IsNullOrWhiteSpace(value))
        {
            Error($"missing required text '{key}'");
            return "";
        }
        return value;
    }

    public bool Bool(string key)
    {
        var value = Str(key);
        if (value is null)
            return false;
        if (bool.TryParse(value, out var b))
            return b;
        Error($"'{key}' must be true or false");
        return false;
    }

    public int? Int(string key)
    {
        var value = Str(key);
        if (value is null)
            return null;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            return n;
        Error($"'{key}' must be a whole number");
        return null;
    }

    public IReadOnlyList<string> StrList(string key)
    {
        var node = Get(key);
        if (node is null)
            return [];
        if (node is YamlSequenceNode seq && seq.Children.All(c => c is YamlScalarNode))
            return seq.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList();
        Error($"'{key}' must be a list of values");
        return [];
    }

    public YamlMap? Map(string key, string where)
    {
        var node = Get(key);
        if (node is null)
            return null;
        if (node is YamlMappingNode map)
            return new YamlMap(map, where, _errors);
        Error($"'{key}' must be a mapping");
        return null;
    }

    public IReadOnlyList<YamlMap> MapList(string key, Func<int, string> where)
    {
        var node = Get(key);
        if (node is null)
            return [];
        if (node is not YamlSequenceNode seq)
        {
            Error($"'{key}' must be a list");
            return [];
        }
        var maps = new List<YamlMap>();
        for (var i = 0; i < seq.Children.Count; i++)
        {
            if (seq.Children[i] is YamlMappingNode m)
                maps.Add(new YamlMap(m, where(i), _errors));
            else
                Error($"'{key}' item {i + 1} must be a mapping");
        }
        return maps;
    }

    public IEnumerable<(string Key, YamlNode Node)> Entries() =>
        _node.Children.Select(kv => ((kv.Key as YamlScalarNode)?.Value ?? "", kv.Value));

    private YamlNode? Get(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
}
