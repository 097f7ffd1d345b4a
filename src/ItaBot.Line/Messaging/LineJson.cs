using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItaBot.Line.Messaging;

/// <summary>LINE's wire format for outgoing messages: camelCase, nulls omitted, polymorphic on <c>type</c>.</summary>
public static class LineJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(IReadOnlyList<Message> messages) =>
        JsonSerializer.Serialize(messages, Options);

    /// <summary>Reads back what <see cref="Serialize"/> wrote (the host's outbox stores messages this way).</summary>
    public static IReadOnlyList<Message> DeserializeMessages(string json) =>
        JsonSerializer.Deserialize<List<Message>>(json, Options)
        ?? throw new JsonException("Expected a JSON array of messages, got null.");

    internal static int Utf8Size(FlexContainer container) => JsonSerializer.SerializeToUtf8Bytes(container, Options).Length;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = true,
            AllowOutOfOrderMetadataProperties = true,
            // Thai stays readable UTF-8 (3 bytes) instead of \uXXXX (6 bytes), which matters for the Flex size limits;
            // the output goes into HTTP bodies, never into HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
