using System.Text.Json;
using System.Text.Json.Nodes;
using ItaBot.LineEmulator.Api;

namespace ItaBot.LineEmulator;

/// <summary>One message that reached a chat. <see cref="Via"/> is reply, push or multicast.</summary>
public sealed class DeliveredMessage
{
    // Kept as UTF-8 JSON, not as a JsonObject: the bench keeps every message of a run, and tens of thousands of live
    // JSON trees made the stand-in's collector pause for most of a second in five, inside the latency it measures.
    private readonly byte[] json;

    public DeliveredMessage(string userId, string via, JsonObject message, DateTimeOffset at)
        : this(userId, via, Utf8(message), at)
    {
    }

    internal DeliveredMessage(string userId, string via, byte[] json, DateTimeOffset at)
    {
        UserId = userId;
        Via = via;
        this.json = json;
        At = at;
    }

    public string UserId { get; }
    public string Via { get; }
    public DateTimeOffset At { get; }

    /// <summary>The message as the bot sent it; a fresh copy at every read, so a reader cannot change what was delivered.</summary>
    public JsonObject Message => JsonNode.Parse(json)!.AsObject();

    public string? Type => MessageReading.Str(Message, "type");

    /// <summary>The text of a text message, or every text inside a Flex or template message joined by newlines.</summary>
    public string? Text => MessageReading.Text(Message);

    public IReadOnlyList<string> QuickReplyLabels => MessageReading.QuickReplyLabels(Message);

    /// <summary>Quick-reply items first, then template and Flex buttons. Data is the postback data, message text or URI.</summary>
    public IReadOnlyList<(string Label, string? Data, string Type)> Buttons => MessageReading.Buttons(Message);

    internal static byte[] Utf8(JsonNode message) => JsonSerializer.SerializeToUtf8Bytes(message, ApiResponses.Json);

    public override string ToString() => $"{Via} to {UserId} at {At:O}: {System.Text.Encoding.UTF8.GetString(json)}";
}
