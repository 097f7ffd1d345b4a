using System.Text.Json;

namespace ItaBot.Line.Webhook;

public sealed class BeaconContent
{
    public string Hwid { get; init; } = "";
    public string Type { get; init; } = "";
    public string? Dm { get; init; }

    internal static BeaconContent Read(JsonElement e) => new()
    {
        Hwid = JsonRead.String(e, "hwid") ?? "",
        Type = JsonRead.String(e, "type") ?? "",
        Dm = JsonRead.String(e, "dm"),
    };
}
