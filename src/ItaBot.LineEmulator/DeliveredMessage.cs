using System.Text.Json.Nodes;

namespace ItaBot.LineEmulator;

/// <summary>One message that reached a chat. <see cref="Via"/> is reply, push or multicast.</summary>
public sealed record DeliveredMessage(string UserId, string Via, JsonObject Message, DateTimeOffset At)
{
    public string? Type => MessageReading.Str(Message, "type");

    /// <summary>The text of a text message, or every text inside a Flex or template message joined by newlines.</summary>
    public string? Text => MessageReading.Text(Message);

    public IReadOnlyList<string> QuickReplyLabels => MessageReading.QuickReplyLabels(Message);

    /// <summary>Quick-reply items first, then template and Flex buttons. Data is the postback data, message text or URI.</summary>
    public IReadOnlyList<(string Label, string? Data, string Type)> Buttons => MessageReading.Buttons(Message);
}
