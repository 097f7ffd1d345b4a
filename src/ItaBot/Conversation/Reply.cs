using ItaBot.Line.Messaging;

namespace ItaBot.Conversation;

/// <summary>The messages one turn answers with; sent as a single reply (LINE allows five per call).</summary>
public sealed class Reply
{
    public List<Message> Messages { get; } = [];

    public Reply Add(Message message)
    {
        Messages.Add(message);
        return this;
    }

    public Reply AddRange(IEnumerable<Message> messages)
    {
        Messages.AddRange(messages);
        return this;
    }
}
