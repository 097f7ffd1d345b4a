using System.Text;
using System.Text.Json.Nodes;

namespace ItaBot.LineEmulator.State;

/// <summary>
/// Messages that reached each chat. A message counts as a duplicate delivery when an identical one already
/// reached the same chat through an earlier API call and the user has done nothing new since: that is what a
/// person would see twice after a blind retry or a redelivered webhook handled twice.
/// </summary>
internal sealed class Mailbox(ChangeSignal signal, Transcript transcript, TimeProvider time)
{
    private readonly object gate = new();
    // Per chat, because tests and the bench ask "what reached this person" thousands of times per run.
    private readonly Dictionary<string, List<DeliveredMessage>> delivered = new(StringComparer.Ordinal);
    private int total;
    private readonly Dictionary<string, HashSet<string>> seenSinceLastAction = new(StringComparer.Ordinal);
    private int duplicates;

    public ChangeSignal Signal => signal;

    public int Duplicates
    {
        get
        {
            lock (gate)
            {
                return duplicates;
            }
        }
    }

    public int Total
    {
        get
        {
            lock (gate)
            {
                return total;
            }
        }
    }

    public void UserActed(string chatId)
    {
        lock (gate)
        {
            seenSinceLastAction.Remove(chatId);
        }
    }

    public JsonArray Deliver(string chatId, string via, IReadOnlyList<JsonObject> messages)
    {
        var at = time.GetUtcNow();
        var sent = new JsonArray();
        lock (gate)
        {
            var seen = seenSinceLastAction.TryGetValue(chatId, out var set) ? set : seenSinceLastAction[chatId] = [];
            var thisCall = new List<string>();
            var inbox = delivered.TryGetValue(chatId, out var list) ? list : delivered[chatId] = [];
            foreach (var message in messages)
            {
                var bytes = DeliveredMessage.Utf8(message);
                var json = Encoding.UTF8.GetString(bytes);
                duplicates += seen.Contains(json) ? 1 : 0;
                thisCall.Add(json);
                inbox.Add(new DeliveredMessage(chatId, via, bytes, at));
                transcript.Add(chatId, "bot", via, bytes, at);
                total++;
                sent.Add(new JsonObject { ["id"] = Ids.MessageId(), ["quoteToken"] = Ids.QuoteToken() });
            }

            seen.UnionWith(thisCall);
        }

        signal.Pulse();
        return sent;
    }

    public IReadOnlyList<DeliveredMessage> To(string chatId)
    {
        lock (gate)
        {
            return delivered.TryGetValue(chatId, out var list) ? list.ToList() : [];
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            delivered.Clear();
            total = 0;
            seenSinceLastAction.Clear();
            duplicates = 0;
        }
    }
}
