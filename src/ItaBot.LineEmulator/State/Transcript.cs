using System.Text.Json.Nodes;

namespace ItaBot.LineEmulator.State;

/// <summary>What the chat page shows: both sides of every conversation, numbered so the page can poll "after N".</summary>
internal sealed class Transcript(ChangeSignal signal)
{
    private readonly object gate = new();
    private readonly List<TranscriptEntry> entries = [];
    private long lastSeq;

    public void Add(string chatId, string from, string? via, JsonObject message, DateTimeOffset at) =>
        Add(chatId, from, via, DeliveredMessage.Utf8(message), at);

    /// <param name="json">The message as UTF-8 JSON, never changed afterwards (the mailbox shares it).</param>
    public void Add(string chatId, string from, string? via, byte[] json, DateTimeOffset at)
    {
        lock (gate)
        {
            entries.Add(new TranscriptEntry(++lastSeq, chatId, from, via, json, at));
        }

        signal.Pulse();
    }

    public IReadOnlyList<TranscriptEntry> After(string chatId, long seq)
    {
        lock (gate)
        {
            return entries.Where(e => e.Seq > seq && e.ChatId == chatId).ToList();
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }

        signal.Pulse();
    }
}

internal sealed record TranscriptEntry(long Seq, string ChatId, string From, string? Via, byte[] Json, DateTimeOffset At)
{
    public JsonObject Message => JsonNode.Parse(Json)!.AsObject();
}
