using System.Text.Json;

namespace ItaBot.Line.Webhook;

/// <summary>Params carry datetime-picker results (date/time/datetime, no time zone) or rich-menu switch results.</summary>
public sealed class PostbackContent
{
    public string Data { get; init; } = "";
    public IReadOnlyDictionary<string, string>? Params { get; init; }

    internal static PostbackContent Read(JsonElement e) => new()
    {
        Data = JsonRead.String(e, "data") ?? "",
        Params = JsonRead.Object(e, "params") is { } p ? ReadParams(p) : null,
    };

    private static Dictionary<string, string> ReadParams(JsonElement p) =>
        p.EnumerateObject()
            .Where(prop => prop.Value.ValueKind == JsonValueKind.String)
            .GroupBy(prop => prop.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value.GetString()!, StringComparer.Ordinal);
}
