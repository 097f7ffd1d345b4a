using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItaBot.Line.Messaging;

/// <summary>
/// A property typed as a concrete subclass (say <see cref="FlexBox"/>) would be written without its
/// <c>type</c> discriminator, which LINE requires; this writes and reads it through the polymorphic base.
/// </summary>
internal sealed class AsBaseTypeConverter<TBase, TDerived> : JsonConverter<TDerived>
    where TBase : class
    where TDerived : class, TBase
{
    public override TDerived? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<TBase>(ref reader, options) switch
        {
            null => null,
            TDerived derived => derived,
            var other => throw new JsonException($"Expected {typeof(TDerived).Name}, got {other.GetType().Name}."),
        };

    public override void Write(Utf8JsonWriter writer, TDerived value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize<TBase>(writer, value, options);
}
