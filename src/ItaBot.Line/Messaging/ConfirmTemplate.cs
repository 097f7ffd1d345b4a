namespace ItaBot.Line.Messaging;

public sealed class ConfirmTemplate(string text, List<LineAction> actions) : Template
{
    public string Text { get; } = text;
    public List<LineAction> Actions { get; } = actions;
}
