namespace ItaBot.LineEmulator.State;

/// <summary>Bytes of media the users "sent", by message id, and which of them were unsent.</summary>
internal sealed class ContentStore
{
    private readonly object gate = new();
    private readonly Dictionary<string, StoredContent> contents = new(StringComparer.Ordinal);
    private readonly HashSet<string> gone = new(StringComparer.Ordinal);

    public void Put(string messageId, byte[] bytes, string contentType)
    {
        lock (gate)
        {
            contents[messageId] = new StoredContent(bytes, contentType);
        }
    }

    public void MarkGone(string messageId)
    {
        lock (gate)
        {
            gone.Add(messageId);
        }
    }

    public (StoredContent? Content, bool Gone) Get(string messageId)
    {
        lock (gate)
        {
            return (contents.GetValueOrDefault(messageId), gone.Contains(messageId));
        }
    }
}

internal sealed record StoredContent(byte[] Bytes, string ContentType);
