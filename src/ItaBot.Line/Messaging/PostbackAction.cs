namespace ItaBot.Line.Messaging;

public sealed class PostbackAction(string? label, string data, string? displayText = null) : LineAction(label)
{
    public string Data { get; } = data;
    public string? DisplayText { get; } = displayText;

    /// <summary>closeRichMenu, openRichMenu, openKeyboard or openVoice.</summary>
    public string? InputOption { get; init; }

    /// <summary>Pre-filled keyboard text; only with <c>openKeyboard</c>.</summary>
    public string? FillInText { get; init; }
}
