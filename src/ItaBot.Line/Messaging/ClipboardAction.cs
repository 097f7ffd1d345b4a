namespace ItaBot.Line.Messaging;

public sealed class ClipboardAction(string? label, string clipboardText) : LineAction(label)
{
    public string ClipboardText { get; } = clipboardText;
}
