using System.Text.Json.Nodes;
using ItaBot.LineEmulator.State;

namespace ItaBot.LineEmulator.Driving;

/// <summary>Builds spec-shaped webhook events (FACTS §1.2–1.4), issuing reply tokens and storing media as it goes.</summary>
internal sealed class WebhookEvents(EmulatorCore core)
{
    public JsonObject Text(string userId, string text) =>
        Message(userId, Content("text", quotable: true).With("text", text));

    public JsonObject GroupText(string groupId, string userId, string text)
    {
        core.Users.KnowGroup(groupId);
        core.Users.KnowUser(userId);
        var source = new JsonObject { ["type"] = "group", ["groupId"] = groupId, ["userId"] = userId };
        var ev = Common("message", source, groupId, replyable: true);
        ev["message"] = Content("text", quotable: true).With("text", text);
        return ev;
    }

    public JsonObject StandbyText(string userId, string text)
    {
        var ev = Common("message", UserSource(userId), userId, replyable: false, mode: "standby");
        ev["message"] = Content("text", quotable: true).With("text", text);
        return ev;
    }

    public JsonObject Image(string userId, byte[] bytes, string contentType, int? setIndex, int? setTotal, string? setId)
    {
        var content = Media("image", bytes, contentType, quotable: true);
        if (setIndex is not null || setTotal is not null || setId is not null)
        {
            content["imageSet"] = new JsonObject { ["id"] = setId ?? Ids.Hex32().ToUpperInvariant(), ["index"] = setIndex ?? 1, ["total"] = setTotal ?? 1 };
        }

        return Message(userId, content);
    }

    public JsonObject Video(string userId, byte[] bytes) =>
        Message(userId, Media("video", bytes, "video/mp4", quotable: true).With("duration", 3000));

    public JsonObject Audio(string userId, byte[] bytes) =>
        Message(userId, Media("audio", bytes, "audio/x-m4a", quotable: false).With("duration", 3000));

    public JsonObject File(string userId, string fileName, byte[] bytes)
    {
        var content = Content("file", quotable: false).With("fileName", fileName).With("fileSize", bytes.Length);
        core.Contents.Put(MessageId(content), bytes, FileContentType(fileName));
        return Message(userId, content);
    }

    public JsonObject Location(string userId, double lat, double lon, string? title, string? address)
    {
        var content = Content("location", quotable: false).With("latitude", lat).With("longitude", lon);
        if (title is not null)
        {
            content["title"] = title;
        }

        if (address is not null)
        {
            content["address"] = address;
        }

        return Message(userId, content);
    }

    public JsonObject Sticker(string userId) =>
        Message(userId, Content("sticker", quotable: true)
            .With("packageId", "446").With("stickerId", "1988").With("stickerResourceType", "STATIC"));

    public JsonObject Postback(string userId, string data, IReadOnlyDictionary<string, string>? parameters)
    {
        var ev = Common("postback", UserSource(userId), userId, replyable: true);
        var postback = new JsonObject { ["data"] = data };
        if (parameters is { Count: > 0 })
        {
            postback["params"] = new JsonObject(parameters.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));
        }

        ev["postback"] = postback;
        return ev;
    }

    public JsonObject Follow(string userId)
    {
        var ev = Common("follow", UserSource(userId), userId, replyable: true);
        ev["follow"] = new JsonObject { ["isUnblocked"] = false };
        return ev;
    }

    public JsonObject Unfollow(string userId) => Common("unfollow", UserSource(userId), userId, replyable: false);

    public JsonObject Unsend(string userId, string messageId)
    {
        core.Contents.MarkGone(messageId);
        var ev = Common("unsend", UserSource(userId), userId, replyable: false);
        ev["unsend"] = new JsonObject { ["messageId"] = messageId };
        return ev;
    }

    /// <summary>Fills what a hand-made event left out, so callers only write what their test is about.</summary>
    public JsonObject Complete(JsonObject ev)
    {
        ev["mode"] ??= "active";
        ev["timestamp"] ??= core.Time.GetUtcNow().ToUnixTimeMilliseconds();
        ev["webhookEventId"] ??= Ids.Ulid(core.Time.GetUtcNow());
        ev["deliveryContext"] ??= new JsonObject { ["isRedelivery"] = false };
        return ev;
    }

    private JsonObject Message(string userId, JsonObject content)
    {
        var ev = Common("message", UserSource(userId), userId, replyable: true);
        ev["message"] = content;
        return ev;
    }

    private JsonObject Common(string type, JsonObject source, string chatId, bool replyable, string mode = "active")
    {
        var now = core.Time.GetUtcNow();
        var ev = new JsonObject { ["type"] = type, ["mode"] = mode, ["timestamp"] = now.ToUnixTimeMilliseconds(), ["source"] = source };
        if (replyable && mode == "active")
        {
            ev["replyToken"] = core.Tokens.Issue(chatId);
        }

        ev["webhookEventId"] = Ids.Ulid(now);
        ev["deliveryContext"] = new JsonObject { ["isRedelivery"] = false };
        return ev;
    }

    private JsonObject UserSource(string userId)
    {
        core.Users.KnowUser(userId);
        return new JsonObject { ["type"] = "user", ["userId"] = userId };
    }

    private JsonObject Media(string type, byte[] bytes, string contentType, bool quotable)
    {
        var content = Content(type, quotable);
        content["contentProvider"] = new JsonObject { ["type"] = "line" };
        core.Contents.Put(MessageId(content), bytes, contentType);
        return content;
    }

    private static JsonObject Content(string type, bool quotable)
    {
        var content = new JsonObject { ["id"] = Ids.MessageId(), ["type"] = type };
        if (quotable)
        {
            content["quoteToken"] = Ids.QuoteToken();
        }

        content["markAsReadToken"] = Ids.QuoteToken();
        return content;
    }

    private static string MessageId(JsonObject content) => content["id"]!.GetValue<string>();

    private static string FileContentType(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".txt" => "text/plain",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        _ => "application/octet-stream",
    };
}
