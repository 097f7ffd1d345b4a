namespace ItaBot.Line.Webhook;

public static class WebhookEventTypes
{
    public const string Message = "message";
    public const string Unsend = "unsend";
    public const string Follow = "follow";
    public const string Unfollow = "unfollow";
    public const string Join = "join";
    public const string Leave = "leave";
    public const string MemberJoined = "memberJoined";
    public const string MemberLeft = "memberLeft";
    public const string Postback = "postback";
    public const string VideoPlayComplete = "videoPlayComplete";
    public const string Beacon = "beacon";
    public const string AccountLink = "accountLink";
    public const string Membership = "membership";
    public const string Module = "module";
    public const string Activated = "activated";
    public const string Deactivated = "deactivated";
    public const string BotSuspended = "botSuspended";
    public const string BotResumed = "botResumed";
    public const string Delivery = "delivery";
    public const string MessageEdited = "messageEdited";
}
