using System.Text.Json;

namespace ItaBot.Line.Webhook;

/// <summary>Groups images sent together; they arrive as separate events in no particular order.</summary>
public sealed class ImageSet
{
    public string Id { get; init; } = "";
    public int? Index { get; init; }
    public int? Total { get; init; }

    internal static ImageSet Read(JsonElement e) => new()
    {
        Id = JsonRead.String(e, "id") ?? "",
        Index = JsonRead.Int(e, "index"),
        Total = JsonRead.Int(e, "total"),
    };
}
