using System.Text.Json;

namespace ItaBot.Line.Webhook;

public sealed class DeliveryContent
{
    public string Data { get; init; } = "";

    internal static DeliveryContent Read(JsonElement e) => new() { Data = JsonRead.String(e, "data") ?? "" };
}
