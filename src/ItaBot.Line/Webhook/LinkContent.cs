using System.Text.Json;

namespace ItaBot.Line.Webhook;

public sealed class LinkContent
{
    public string Result { get; init; } = "";
    public string? Nonce { get; init; }
    public bool IsOk => Result == "ok";

    internal static LinkContent Read(JsonElement e) => new()
    {
        Result = JsonRead.String(e, "result") ?? "",
        Nonce = JsonRead.String(e, "nonce"),
    };
}
