namespace ItaBot.Line.Messaging;

public sealed class UriAction(string? label, string uri) : LineAction(label)
{
    public string Uri { get; } = uri;
}
