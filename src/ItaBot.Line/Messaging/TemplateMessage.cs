namespace ItaBot.Line.Messaging;

public sealed class TemplateMessage(string altText, Template template) : Message
{
    public string AltText { get; } = altText;
    public Template Template { get; } = template;
}
