using System.Text.Json.Serialization;

namespace ItaBot.Line.Messaging;

public sealed class QuickReplyItem(LineAction action, string? imageUrl = null)
{
    [JsonPropertyOrder(-1)]
    public string Type => "action";
    public string? ImageUrl { get; } = imageUrl;
    public LineAction Action { get; } = action;
}
