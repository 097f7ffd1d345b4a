namespace ItaBot.Line.Messaging;

public sealed class FlexSeparator(string? margin = null, string? color = null) : FlexComponent
{
    public string? Margin { get; } = margin;
    public string? Color { get; } = color;
}
