using System.Text.Json;

namespace ItaBot.Line.Webhook;

/// <summary>One received message of any type; fields that do not apply to the type stay null.</summary>
public sealed class MessageContent
{
    public string Type { get; init; } = "";
    public string Id { get; init; } = "";
    public string? Text { get; init; }
    public string? QuoteToken { get; init; }
    public string? QuotedMessageId { get; init; }
    public string? MarkAsReadToken { get; init; }
    public ContentProvider? ContentProvider { get; init; }
    public ImageSet? ImageSet { get; init; }
    public long? Duration { get; init; }
    public string? FileName { get; init; }
    public long? FileSize { get; init; }
    public string? Title { get; init; }
    public string? Address { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? PackageId { get; init; }
    public string? StickerId { get; init; }
    public string? StickerResourceType { get; init; }
    public IReadOnlyList<string>? Keywords { get; init; }
    public IReadOnlyList<Mentionee>? Mentionees { get; init; }

    /// <summary>True when a mention in a group or room names this bot.</summary>
    public bool MentionsBot => Mentionees?.Any(m => m.IsSelf) ?? false;

    internal static MessageContent Read(JsonElement e) => new()
    {
        Type = JsonRead.String(e, "type") ?? "",
        Id = JsonRead.String(e, "id") ?? "",
        Text = JsonRead.String(e, "text"),
        QuoteToken = JsonRead.String(e, "quoteToken"),
        QuotedMessageId = JsonRead.String(e, "quotedMessageId"),
        MarkAsReadToken = JsonRead.String(e, "markAsReadToken"),
        ContentProvider = JsonRead.Object(e, "contentProvider") is { } cp ? ContentProvider.Read(cp) : null,
        ImageSet = JsonRead.Object(e, "imageSet") is { } set ? ImageSet.Read(set) : null,
        Duration = JsonRead.Long(e, "duration"),
        FileName = JsonRead.String(e, "fileName"),
        FileSize = JsonRead.Long(e, "fileSize"),
        Title = JsonRead.String(e, "title"),
        Address = JsonRead.String(e, "address"),
        Latitude = JsonRead.Double(e, "latitude"),
        Longitude = JsonRead.Double(e, "longitude"),
        PackageId = JsonRead.String(e, "packageId"),
        StickerId = JsonRead.String(e, "stickerId"),
        StickerResourceType = JsonRead.String(e, "stickerResourceType"),
        Keywords = JsonRead.Strings(e, "keywords"),
        Mentionees = JsonRead.Object(e, "mention") is { } mention
            ? JsonRead.Objects(mention, "mentionees", Mentionee.Read)
            : null,
    };
}
