using System.Text.Json.Nodes;

namespace ItaBot.LineEmulator.State;

/// <summary>Retry keys accepted in the last 24 hours, with what the accepted request answered.</summary>
internal sealed class RetryKeyBook(TimeProvider time)
{
    private static readonly TimeSpan Memory = TimeSpan.FromHours(24);

    private readonly object gate = new();
    private readonly Dictionary<string, Accepted> keys = new(StringComparer.OrdinalIgnoreCase);

    public Accepted? Find(string key)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            return keys.TryGetValue(key, out var accepted) && now - accepted.At < Memory ? accepted : null;
        }
    }

    public void Accept(string key, string requestId, JsonArray? sentMessages)
    {
        lock (gate)
        {
            keys[key] = new Accepted(requestId, sentMessages, time.GetUtcNow());
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            keys.Clear();
        }
    }

    internal sealed record Accepted(string RequestId, JsonArray? SentMessages, DateTimeOffset At);
}
