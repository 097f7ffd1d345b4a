using System.Text.Json;

namespace ItaBot.Line.Webhook;

public sealed class ChatControlContent
{
    /// <summary>Unix time in milliseconds.</summary>
    public long? ExpireAt { get; init; }

    internal static ChatControlContent Read(JsonElement e) => new() { ExpireAt = JsonRead.Long(e, "expireAt") };
}
