using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItaBot.Dialogs;

public static class DialogStateJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(DialogState state) => JsonSerializer.Serialize(state, Options);

    public static DialogState Deserialize(string json) =>
        JsonSerializer.Deserialize<DialogState>(json, Options) ?? throw new JsonException("Empty dialog state");
}
