using System.Text.Json.Nodes;
using ItaBot.LineEmulator.Driving;

namespace ItaBot.LineEmulator.Page;

/// <summary>Turns what the person did on the page into a webhook event plus what their own chat bubble shows.</summary>
internal sealed class PageEvents(WebhookEvents events, WebhookSender sender)
{
    private const double BangkokLat = 13.7563;
    private const double BangkokLon = 100.5018;

    public Task<WebhookDelivery> SendAsync(JsonObject ev, CancellationToken ct) => sender.SendAsync([ev], ct);

    public PageEvent Build(string userId, JsonObject request)
    {
        var kind = MessageReading.Str(request, "kind") ?? "text";
        return kind switch
        {
            "text" => FromMessage(events.Text(userId, Required(request, "text"))),
            "postback" => Postback(userId, request),
            "image" => FromMessage(Image(userId, request)),
            "location" => FromMessage(Location(userId, request)),
            "sticker" => FromMessage(events.Sticker(userId)),
            "follow" => new PageEvent(events.Follow(userId), System("เพิ่มบอทเป็นเพื่อนแล้ว")),
            "unfollow" => new PageEvent(events.Unfollow(userId), System("บล็อกบอทแล้ว")),
            _ => throw new ArgumentException($"Unknown kind '{kind}'."),
        };
    }

    private PageEvent Postback(string userId, JsonObject request)
    {
        var parameters = (request["params"] as JsonObject)?
            .Where(p => MessageReading.AsString(p.Value) is not null)
            .ToDictionary(p => p.Key, p => MessageReading.AsString(p.Value)!);
        var ev = events.Postback(userId, Required(request, "data"), parameters);
        var displayText = MessageReading.Str(request, "displayText");
        var shown = displayText is null
            ? new JsonObject { ["type"] = "postback", ["data"] = ev["postback"]!.DeepClone() }
            : new JsonObject { ["type"] = "text", ["text"] = displayText };
        return new PageEvent(ev, shown);
    }

    private JsonObject Image(string userId, JsonObject request)
    {
        var base64 = Required(request, "imageBase64");
        var comma = base64.IndexOf(',', StringComparison.Ordinal);
        var bytes = Convert.FromBase64String(comma >= 0 ? base64[(comma + 1)..] : base64);
        return events.Image(userId, bytes, SampleMedia.ImageContentType(bytes), null, null, null);
    }

    private JsonObject Location(string userId, JsonObject request)
    {
        var lat = request["lat"]?.GetValue<double>() ?? BangkokLat;
        var lon = request["lon"]?.GetValue<double>() ?? BangkokLon;
        var title = MessageReading.Str(request, "title") ?? "ตำแหน่งของฉัน";
        var address = MessageReading.Str(request, "address") ?? "กรุงเทพมหานคร";
        return events.Location(userId, lat, lon, title, address);
    }

    private static PageEvent FromMessage(JsonObject ev) => new(ev, ev["message"]!.DeepClone().AsObject());

    private static JsonObject System(string text) => new() { ["type"] = "system", ["text"] = text };

    private static string Required(JsonObject request, string name) =>
        MessageReading.Str(request, name) is { Length: > 0 } value ? value : throw new ArgumentException($"'{name}' is required.");
}

internal sealed record PageEvent(JsonObject Event, JsonObject Shown);
