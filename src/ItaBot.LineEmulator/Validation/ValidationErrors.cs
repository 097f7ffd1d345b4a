using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ItaBot.LineEmulator.Validation;

/// <summary>Collects LINE-style validation details. Lengths are UTF-16 units unless LINE counts graphemes.</summary>
internal sealed class ValidationErrors
{
    private readonly List<(string Message, string Property)> items = [];

    public int Count => items.Count;

    public void Add(string message, string property) => items.Add((message, property));

    public string? Required(JsonObject obj, string name, string path)
    {
        var value = MessageReading.Str(obj, name);
        if (string.IsNullOrEmpty(value))
        {
            Add("May not be empty", At(path, name));
        }

        return value;
    }

    public void MaxUnits(JsonObject obj, string name, int max, string path)
    {
        var value = MessageReading.Str(obj, name);
        if (value is not null && value.Length > max)
        {
            Add($"Length must be between 0 and {max}", At(path, name));
        }
    }

    public void MaxGraphemes(JsonObject obj, string name, int max, string path)
    {
        var value = MessageReading.Str(obj, name);
        if (value is not null && new StringInfo(value).LengthInTextElements > max)
        {
            Add($"Length must be between 0 and {max}", At(path, name));
        }
    }

    public void RequiredNumber(JsonObject obj, string name, string path)
    {
        if (obj[name] is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            Add("May not be empty", At(path, name));
        }
    }

    public JsonArray? SizedArray(JsonObject obj, string name, int min, int max, string path)
    {
        if (obj[name] is not JsonArray array)
        {
            Add("May not be empty", At(path, name));
            return null;
        }

        if (array.Count < min || array.Count > max)
        {
            Add($"Size must be between {min} and {max}", At(path, name));
        }

        return array;
    }

    private static string At(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    public JsonObject ToBody() => new()
    {
        ["message"] = $"The request body has {items.Count} error(s)",
        ["details"] = new JsonArray(items
            .Select(i => (JsonNode)new JsonObject { ["message"] = i.Message, ["property"] = i.Property })
            .ToArray()),
    };
}
