using System.Text.Json;

namespace ItaBot.Line.Webhook;

public sealed class UnsendContent
{
    public string MessageId { get; init; } = "";

    internal static UnsendContent Read(JsonElement e) => new() { MessageId = JsonRead.String(e, "messageId") ?? "" };
}
