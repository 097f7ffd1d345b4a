namespace ItaBot.Line.Messaging;

public sealed class CarouselColumn(string text, List<LineAction> actions, string? title = null, string? thumbnailImageUrl = null)
{
    public string? ThumbnailImageUrl { get; } = thumbnailImageUrl;
    public string? Title { get; } = title;
    public string Text { get; } = text;
    public LineAction? DefaultAction { get; init; }
    public List<LineAction> Actions { get; } = actions;
}
