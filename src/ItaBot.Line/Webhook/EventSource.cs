using System.Text.Json;

namespace ItaBot.Line.Webhook;

public sealed class EventSource
{
    public string Type { get; init; } = "";
    public string? UserId { get; init; }
    public string? GroupId { get; init; }
    public string? RoomId { get; init; }

    public bool IsUser => Type == "user";

    /// <summary>Where a reply or push for this event goes: the group or room if any, else the user.</summary>
    public string? ChatId => GroupId ?? RoomId ?? UserId;

    internal static EventSource Read(JsonElement e) => new()
    {
        Type = JsonRead.String(e, "type") ?? "",
        UserId = JsonRead.String(e, "userId"),
        GroupId = JsonRead.String(e, "groupId"),
        RoomId = JsonRead.String(e, "roomId"),
    };
}
