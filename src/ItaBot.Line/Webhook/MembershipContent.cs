using System.Text.Json;

namespace ItaBot.Line.Webhook;

public sealed class MembershipContent
{
    public string Type { get; init; } = "";
    public long? MembershipId { get; init; }

    internal static MembershipContent Read(JsonElement e) => new()
    {
        Type = JsonRead.String(e, "type") ?? "",
        MembershipId = JsonRead.Long(e, "membershipId"),
    };
}
