using System.Text.Json;

namespace ItaBot.Line.Webhook;

/// <summary>"line" content is fetched with Get content; "external" content only has the URLs.</summary>
public sealed class ContentProvider
{
    public string Type { get; init; } = "";
    public string? OriginalContentUrl { get; init; }
    public string? PreviewImageUrl { get; init; }

    internal static ContentProvider Read(JsonElement e) => new()
    {
        Type = JsonRead.String(e, "type") ?? "",
        OriginalContentUrl = JsonRead.String(e, "originalContentUrl"),
        PreviewImageUrl = JsonRead.String(e, "previewImageUrl"),
    };
}
