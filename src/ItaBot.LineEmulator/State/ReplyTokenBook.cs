namespace ItaBot.LineEmulator.State;

/// <summary>
/// Reply tokens issued with webhooks. A token is single use and valid for the configured lifetime after it was
/// (re)delivered, but never more than 20 minutes after its event, as LINE documents for redelivery.
/// </summary>
internal sealed class ReplyTokenBook(TimeProvider time, TimeSpan lifetime)
{
    private static readonly TimeSpan RedeliveryCeiling = TimeSpan.FromMinutes(20);

    private readonly object gate = new();
    private readonly Dictionary<string, Entry> tokens = new(StringComparer.Ordinal);

    public string Issue(string chatId)
    {
        var token = Ids.Hex32();
        var now = time.GetUtcNow();
        lock (gate)
        {
            tokens[token] = new Entry(chatId, now, now, Used: false);
        }

        return token;
    }

    public void Reissue(string token)
    {
        lock (gate)
        {
            if (tokens.TryGetValue(token, out var entry))
            {
                tokens[token] = entry with { DeliveredAt = time.GetUtcNow() };
            }
        }
    }

    /// <summary>Returns the chat the token answers, or null if it is unknown, used or expired.</summary>
    public string? Peek(string? token)
    {
        if (token is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        lock (gate)
        {
            return tokens.TryGetValue(token, out var entry) && IsUsable(entry, now) ? entry.ChatId : null;
        }
    }

    /// <summary>Marks the token used; false if another call used it first.</summary>
    public bool TryConsume(string token)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (!tokens.TryGetValue(token, out var entry) || !IsUsable(entry, now))
            {
                return false;
            }

            tokens[token] = entry with { Used = true };
            return true;
        }
    }

    private bool IsUsable(Entry entry, DateTimeOffset now) =>
        !entry.Used && now - entry.DeliveredAt < lifetime && now - entry.IssuedAt < RedeliveryCeiling;

    private sealed record Entry(string ChatId, DateTimeOffset IssuedAt, DateTimeOffset DeliveredAt, bool Used);
}
