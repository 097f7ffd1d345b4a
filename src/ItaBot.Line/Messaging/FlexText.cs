namespace ItaBot.Line.Messaging;

/// <summary>Wraps by default because Thai has no spaces to break on and long lines get cut.</summary>
public sealed class FlexText(
    string text,
    string? size = null,
    string? weight = null,
    string? color = null,
    bool wrap = true,
    int? flex = null,
    string? align = null) : FlexComponent
{
    public string Text { get; } = text;
    public string? Size { get; } = size;
    public string? Weight { get; } = weight;
    public string? Color { get; } = color;
    public bool Wrap { get; } = wrap;
    public int? Flex { get; } = flex;
    public string? Align { get; } = align;
    public string? Margin { get; init; }
    public int? MaxLines { get; init; }
    public LineAction? Action { get; init; }
}
