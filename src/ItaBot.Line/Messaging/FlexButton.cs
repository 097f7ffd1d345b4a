namespace ItaBot.Line.Messaging;

/// <summary>style: primary, secondary or link; height: sm or md.</summary>
public sealed class FlexButton(LineAction action, string? style = null, string? height = null, string? color = null) : FlexComponent
{
    public LineAction Action { get; } = action;
    public string? Style { get; } = style;
    public string? Height { get; } = height;
    public string? Color { get; } = color;
    public string? Margin { get; init; }
    public int? Flex { get; init; }
}
