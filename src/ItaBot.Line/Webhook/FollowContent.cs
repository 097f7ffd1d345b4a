using System.Text.Json;

namespace ItaBot.Line.Webhook;

public sealed class FollowContent
{
    public bool IsUnblocked { get; init; }

    internal static FollowContent Read(JsonElement e) => new() { IsUnblocked = JsonRead.Bool(e, "isUnblocked") ?? false };
}
