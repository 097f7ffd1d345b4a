using System.Text.Json.Nodes;
using ItaBot.LineEmulator.Driving;

namespace ItaBot.LineEmulator;

public sealed partial class LineEmulatorServer
{
    public Task<WebhookDelivery> SendTextAsync(string userId, string text, CancellationToken ct = default) =>
        SendOneAsync(events.Text(userId, text), ct);

    public Task<WebhookDelivery> SendPostbackAsync(
        string userId, string data, IReadOnlyDictionary<string, string>? @params = null, CancellationToken ct = default) =>
        SendOneAsync(events.Postback(userId, data, @params), ct);

    /// <summary>Sends an image message and keeps its bytes as that message's content (default: a 1×1 PNG).</summary>
    public Task<WebhookDelivery> SendImageAsync(
        string userId, byte[]? bytes = null, int? setIndex = null, int? setTotal = null, string? setId = null, CancellationToken ct = default)
    {
        var image = bytes ?? SampleMedia.Png;
        return SendOneAsync(events.Image(userId, image, SampleMedia.ImageContentType(image), setIndex, setTotal, setId), ct);
    }

    public Task<WebhookDelivery> SendVideoAsync(string userId, byte[]? bytes = null, CancellationToken ct = default) =>
        SendOneAsync(events.Video(userId, bytes ?? SampleMedia.Mp4), ct);

    public Task<WebhookDelivery> SendAudioAsync(string userId, byte[]? bytes = null, CancellationToken ct = default) =>
        SendOneAsync(events.Audio(userId, bytes ?? SampleMedia.M4a), ct);

    public Task<WebhookDelivery> SendFileAsync(string userId, string fileName, byte[] bytes, CancellationToken ct = default) =>
        SendOneAsync(events.File(userId, fileName, bytes), ct);

    public Task<WebhookDelivery> SendLocationAsync(
        string userId, double lat, double lon, string? title = null, string? address = null, CancellationToken ct = default) =>
        SendOneAsync(events.Location(userId, lat, lon, title, address), ct);

    public Task<WebhookDelivery> SendStickerAsync(string userId, CancellationToken ct = default) =>
        SendOneAsync(events.Sticker(userId), ct);

    public Task<WebhookDelivery> SendFollowAsync(string userId, CancellationToken ct = default) =>
        SendOneAsync(events.Follow(userId), ct);

    public Task<WebhookDelivery> SendUnfollowAsync(string userId, CancellationToken ct = default) =>
        SendOneAsync(events.Unfollow(userId), ct);

    /// <summary>The user unsends a message: its content answers 410 from now on.</summary>
    public Task<WebhookDelivery> SendUnsendAsync(string userId, string messageId, CancellationToken ct = default) =>
        SendOneAsync(events.Unsend(userId, messageId), ct);

    public Task<WebhookDelivery> SendGroupTextAsync(string groupId, string userId, string text, CancellationToken ct = default) =>
        SendOneAsync(events.GroupText(groupId, userId, text), ct);

    /// <summary>A message in standby mode: no reply token, and the bot should stay silent.</summary>
    public Task<WebhookDelivery> SendStandbyTextAsync(string userId, string text, CancellationToken ct = default) =>
        SendOneAsync(events.StandbyText(userId, text), ct);

    /// <summary>Several events in one webhook body. Missing common fields (id, timestamp, mode, deliveryContext) are filled in.</summary>
    public Task<WebhookDelivery> SendEventsAsync(params JsonObject[] events) =>
        sender.SendAsync(events.Select(e => this.events.Complete(e.Parent is null ? e : e.DeepClone().AsObject())).ToList(), CancellationToken.None);

    /// <summary>The identical body with <c>isRedelivery: true</c>; event ids and reply tokens stay the same.</summary>
    public Task<WebhookDelivery> RedeliverAsync(WebhookDelivery previous, CancellationToken ct = default) =>
        sender.RedeliverAsync(previous, ct);

    /// <summary>Posts arbitrary bytes with any (or no) signature, for forged and malformed webhooks.</summary>
    public Task<WebhookDelivery> PostRawAsync(byte[] body, string? signature, CancellationToken ct = default) =>
        sender.PostRawAsync(body, signature, ct);

    /// <summary>Base64(HMAC-SHA256(channel secret, body)), as LINE signs webhooks.</summary>
    public string Sign(byte[] body) => sender.Sign(body);

    public JsonObject BuildTextEvent(string userId, string text) => events.Text(userId, text);

    public JsonObject BuildPostbackEvent(string userId, string data, IReadOnlyDictionary<string, string>? @params = null) =>
        events.Postback(userId, data, @params);

    public JsonObject BuildFollowEvent(string userId) => events.Follow(userId);

    public JsonObject BuildUnfollowEvent(string userId) => events.Unfollow(userId);

    public JsonObject BuildImageEvent(string userId, byte[]? bytes = null)
    {
        var image = bytes ?? SampleMedia.Png;
        return events.Image(userId, image, SampleMedia.ImageContentType(image), null, null, null);
    }

    public JsonObject BuildLocationEvent(string userId, double lat, double lon, string? title = null, string? address = null) =>
        events.Location(userId, lat, lon, title, address);

    private Task<WebhookDelivery> SendOneAsync(JsonObject ev, CancellationToken ct) => sender.SendAsync([ev], ct);
}
