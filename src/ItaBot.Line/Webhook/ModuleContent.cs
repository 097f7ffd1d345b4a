using System.Text.Json;

namespace ItaBot.Line.Webhook;

/// <summary>"attached" carries scopes, "detached" carries a reason.</summary>
public sealed class ModuleContent
{
    public string Type { get; init; } = "";
    public string? BotId { get; init; }
    public IReadOnlyList<string>? Scopes { get; init; }
    public string? Reason { get; init; }

    internal static ModuleContent Read(JsonElement e) => new()
    {
        Type = JsonRead.String(e, "type") ?? "",
        BotId = JsonRead.String(e, "botId"),
        Scopes = JsonRead.Strings(e, "scopes"),
        Reason = JsonRead.String(e, "reason"),
    };
}
