namespace ItaBot.Line.Messaging;

/// <summary>url must be HTTPS, at most 2000 characters.</summary>
public sealed class FlexImage(string url, string? size = null, string? aspectRatio = null, string? aspectMode = null) : FlexComponent
{
    public string Url { get; } = url;
    public string? Size { get; } = size;
    public string? AspectRatio { get; } = aspectRatio;
    public string? AspectMode { get; } = aspectMode;
    public string? Margin { get; init; }
    public int? Flex { get; init; }
    public LineAction? Action { get; init; }
}
