namespace ItaBot.Line.Messaging;

/// <summary>layout: vertical, horizontal or baseline.</summary>
public sealed class FlexBox(
    string layout,
    List<FlexComponent> contents,
    string? spacing = null,
    string? margin = null,
    string? paddingAll = null,
    string? backgroundColor = null) : FlexComponent
{
    public string Layout { get; } = layout;
    public List<FlexComponent> Contents { get; } = contents;
    public string? Spacing { get; } = spacing;
    public string? Margin { get; } = margin;
    public string? PaddingAll { get; } = paddingAll;
    public string? BackgroundColor { get; } = backgroundColor;
    public string? CornerRadius { get; init; }
    public int? Flex { get; init; }
    public LineAction? Action { get; init; }
}
