using System.Text.Json;

namespace ItaBot.Line.Webhook;

public sealed class MembersContent
{
    public IReadOnlyList<EventSource> Members { get; init; } = [];

    internal static MembersContent Read(JsonElement e) =>
        new() { Members = JsonRead.Objects(e, "members", EventSource.Read) ?? [] };
}
