using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItaBot.Line.Messaging;

/// <summary>The list form of <see cref="AsBaseTypeConverter{TBase, TDerived}"/>.</summary>
internal sealed class AsBaseTypeListConverter<TBase, TDerived> : JsonConverter<List<TDerived>>
    where TBase : class
    where TDerived : class, TBase
{
    public override List<TDerived>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<List<TBase>>(ref reader, options)?
            .Select(item => item as TDerived ?? throw new JsonException($"Expected {typeof(TDerived).Name} items."))
            .ToList();

    public override void Write(Utf8JsonWriter writer, List<TDerived> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize<IEnumerable<TBase>>(writer, value, options);
}
