namespace ItaBot.Line.Messaging;

public sealed class TextMessage(string text) : Message
{
    public string Text { get; } = text;

    /// <summary>Quotes an earlier message when set to that message's quote token.</summary>
    public string? QuoteToken { get; init; }
}
