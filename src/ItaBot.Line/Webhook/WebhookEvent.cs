using System.Text.Json;

namespace ItaBot.Line.Webhook;

/// <summary>
/// One webhook event. Payloads are read from whichever known property is present, so an event type
/// LINE adds later still exposes the parts it shares with known ones; <see cref="RawJson"/> keeps the rest.
/// </summary>
public sealed class WebhookEvent
{
    public string Type { get; init; } = "";
    public long Timestamp { get; init; }
    public string Mode { get; init; } = "active";
    public bool IsStandby => Mode == "standby";
    public string? WebhookEventId { get; init; }
    public bool IsRedelivery { get; init; }
    public string? ReplyToken { get; init; }
    public EventSource? Source { get; init; }
    public MessageContent? Message { get; init; }
    public PostbackContent? Postback { get; init; }
    public FollowContent? Follow { get; init; }
    public UnsendContent? Unsend { get; init; }
    public MembersContent? Joined { get; init; }
    public MembersContent? Left { get; init; }
    public BeaconContent? Beacon { get; init; }
    public LinkContent? Link { get; init; }
    public MembershipContent? Membership { get; init; }
    public ModuleContent? Module { get; init; }
    public ChatControlContent? ChatControl { get; init; }
    public DeliveryContent? Delivery { get; init; }
    public VideoPlayCompleteContent? VideoPlayComplete { get; init; }

    /// <summary>The event object's JSON text exactly as received.</summary>
    public string RawJson { get; init; } = "{}";

    internal static WebhookEvent Read(JsonElement e, string type) => new()
    {
        Type = type,
        Timestamp = JsonRead.Long(e, "timestamp") ?? 0,
        Mode = JsonRead.String(e, "mode") ?? "active",
        WebhookEventId = JsonRead.String(e, "webhookEventId"),
        IsRedelivery = JsonRead.Object(e, "deliveryContext") is { } dc && (JsonRead.Bool(dc, "isRedelivery") ?? false),
        ReplyToken = JsonRead.String(e, "replyToken"),
        Source = Payload(e, "source", EventSource.Read),
        Message = Payload(e, "message", MessageContent.Read),
        Postback = Payload(e, "postback", PostbackContent.Read),
        Follow = Payload(e, "follow", FollowContent.Read),
        Unsend = Payload(e, "unsend", UnsendContent.Read),
        Joined = Payload(e, "joined", MembersContent.Read),
        Left = Payload(e, "left", MembersContent.Read),
        Beacon = Payload(e, "beacon", BeaconContent.Read),
        Link = Payload(e, "link", LinkContent.Read),
        Membership = Payload(e, "membership", MembershipContent.Read),
        Module = Payload(e, "module", ModuleContent.Read),
        ChatControl = Payload(e, "chatControl", ChatControlContent.Read),
        Delivery = Payload(e, "delivery", DeliveryContent.Read),
        VideoPlayComplete = Payload(e, "videoPlayComplete", VideoPlayCompleteContent.Read),
        RawJson = e.GetRawText(),
    };

    private static T? Payload<T>(JsonElement e, string name, Func<JsonElement, T> read) where T : class =>
        JsonRead.Object(e, name) is { } payload ? read(payload) : null;
}
