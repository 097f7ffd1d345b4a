using System.Text.Json;

namespace ItaBot.Line.Webhook;

public sealed class Mentionee
{
    public string Type { get; init; } = "";
    public int? Index { get; init; }
    public int? Length { get; init; }
    public string? UserId { get; init; }
    public bool IsSelf { get; init; }

    internal static Mentionee Read(JsonElement e) => new()
    {
        Type = JsonRead.String(e, "type") ?? "",
        Index = JsonRead.Int(e, "index"),
        Length = JsonRead.Int(e, "length"),
        UserId = JsonRead.String(e, "userId"),
        IsSelf = JsonRead.Bool(e, "isSelf") ?? false,
    };
}
