using System.Text.Json.Nodes;

namespace ItaBot.LineEmulator.Driving;

internal static class JsonObjectExtensions
{
    public static JsonObject With(this JsonObject obj, string name, JsonNode? value)
    {
        obj[name] = value;
        return obj;
    }
}
