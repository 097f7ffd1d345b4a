namespace ItaBot.Line.Messaging;

public sealed class FlexMessage(string altText, FlexContainer contents) : Message
{
    public string AltText { get; } = altText;
    public FlexContainer Contents { get; } = contents;
}
