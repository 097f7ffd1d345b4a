using System.Net;

namespace ItaBot.LineEmulator;

/// <summary>
/// One webhook POST made to the bot. <see cref="Body"/> is the exact JSON sent (so it can be redelivered);
/// <see cref="EventId"/> and <see cref="ReplyToken"/> belong to the first event of the body.
/// </summary>
public sealed record WebhookDelivery(HttpStatusCode Status, string Body, string EventId, string? ReplyToken)
{
    public string Signature { get; init; } = "";

    public string ResponseBody { get; init; } = "";

    public IReadOnlyList<string> EventIds { get; init; } = [];
}
