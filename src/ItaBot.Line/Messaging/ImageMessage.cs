namespace ItaBot.Line.Messaging;

public sealed class ImageMessage(string originalContentUrl, string previewImageUrl) : Message
{
    public string OriginalContentUrl { get; } = originalContentUrl;
    public string PreviewImageUrl { get; } = previewImageUrl;
}
