using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ItaBot.LineEmulator.Tests.Support;

namespace ItaBot.LineEmulator.Tests;

public sealed partial class WebhookDeliveryTests
{
    [GeneratedRegex("^[0-9A-HJKMNP-TV-Z]{26}$")]
    private static partial Regex Ulid();

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex Hex32();

    [Fact]
    public async Task A_text_webhook_is_signed_over_its_exact_bytes_and_carries_every_spec_field()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser("ทดสอบ");

        var delivery = await h.Emulator.SendTextAsync(user, "สวัสดีครับ");

        Assert.Equal(HttpStatusCode.OK, delivery.Status);
        var received = Assert.Single(h.Bot.Received);
        Assert.True(FakeBot.SignatureMatches(h.Emulator.ChannelSecret, received.Body, received.Signature));
        Assert.Equal(delivery.Body, Encoding.UTF8.GetString(received.Body));
        var body = received.Json;
        Assert.Equal(h.Emulator.BotUserId, body["destination"]!.GetValue<string>());
        Assert.Matches("^U[0-9a-f]{32}$", h.Emulator.BotUserId);
        var ev = body["events"]!.AsArray().Single()!.AsObject();
        Assert.Equal("message", ev["type"]!.GetValue<string>());
        Assert.Equal("active", ev["mode"]!.GetValue<string>());
        Assert.InRange(ev["timestamp"]!.GetValue<long>(), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeMilliseconds(), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Assert.Matches(Ulid(), ev["webhookEventId"]!.GetValue<string>());
        Assert.Equal(delivery.EventId, ev["webhookEventId"]!.GetValue<string>());
        Assert.False(ev["deliveryContext"]!["isRedelivery"]!.GetValue<bool>());
        Assert.Equal("user", ev["source"]!["type"]!.GetValue<string>());
        Assert.Equal(user, ev["source"]!["userId"]!.GetValue<string>());
        Assert.Matches(Hex32(), ev["replyToken"]!.GetValue<string>());
        Assert.Equal(delivery.ReplyToken, ev["replyToken"]!.GetValue<string>());
        var message = ev["message"]!.AsObject();
        Assert.Matches("^[0-9]+$", message["id"]!.GetValue<string>());
        Assert.Equal("สวัสดีครับ", message["text"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(message["quoteToken"]?.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(message["markAsReadToken"]?.GetValue<string>()));
    }

    [Fact]
    public async Task Thai_text_travels_as_raw_utf8_not_escaped()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var delivery = await h.Emulator.SendTextAsync(h.Emulator.AddUser(), "แจ้งเรื่องร้องเรียน");

        Assert.Contains("แจ้งเรื่องร้องเรียน", delivery.Body);
    }

    [Fact]
    public async Task A_redelivery_repeats_the_body_with_only_isRedelivery_changed()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Bot.Echo = false;
        var first = await h.Emulator.SendTextAsync(h.Emulator.AddUser(), "ซ้ำ");

        var again = await h.Emulator.RedeliverAsync(first);

        Assert.Equal(first.EventId, again.EventId);
        Assert.Equal(first.ReplyToken, again.ReplyToken);
        Assert.Equal(first.Body.Replace("\"isRedelivery\":false", "\"isRedelivery\":true"), again.Body);
        Assert.True(h.Bot.Received.Last().SignatureValid);
    }

    [Fact]
    public async Task Standby_events_have_no_reply_token_and_group_events_name_the_group()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser();

        var standby = await h.Emulator.SendStandbyTextAsync(user, "เงียบ");
        var group = await h.Emulator.SendGroupTextAsync("C0123456789abcdef0123456789abcdef", user, "ในกลุ่ม");

        var standbyEvent = JsonNode.Parse(standby.Body)!["events"]![0]!;
        Assert.Equal("standby", standbyEvent["mode"]!.GetValue<string>());
        Assert.Null(standbyEvent["replyToken"]);
        Assert.Null(standby.ReplyToken);
        var source = JsonNode.Parse(group.Body)!["events"]![0]!["source"]!;
        Assert.Equal("group", source["type"]!.GetValue<string>());
        Assert.Equal("C0123456789abcdef0123456789abcdef", source["groupId"]!.GetValue<string>());
        Assert.Equal(user, source["userId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Several_events_from_different_users_share_one_signed_body()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Bot.Echo = false;
        var alice = h.Emulator.AddUser();
        var bob = h.Emulator.AddUser();

        var delivery = await h.Emulator.SendEventsAsync(
            h.Emulator.BuildTextEvent(alice, "หนึ่ง"),
            h.Emulator.BuildFollowEvent(bob),
            new JsonObject { ["type"] = "unfollow", ["source"] = new JsonObject { ["type"] = "user", ["userId"] = bob } });

        var events = JsonNode.Parse(delivery.Body)!["events"]!.AsArray();
        Assert.Equal(["message", "follow", "unfollow"], events.Select(e => e!["type"]!.GetValue<string>()));
        Assert.Equal(3, delivery.EventIds.Distinct().Count());
        Assert.All(delivery.EventIds, id => Assert.Matches(Ulid(), id));
        Assert.Equal(alice, events[0]!["source"]!["userId"]!.GetValue<string>());
        Assert.True(h.Bot.Received.Single().SignatureValid);
    }

    [Fact]
    public async Task Postbacks_carry_data_and_params_and_images_carry_their_set()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var user = h.Emulator.AddUser();

        var postback = await h.Emulator.SendPostbackAsync(user, "a=book", new Dictionary<string, string> { ["date"] = "2026-12-01" });
        var image = await h.Emulator.SendImageAsync(user, setIndex: 1, setTotal: 2, setId: "SET1");

        var pb = JsonNode.Parse(postback.Body)!["events"]![0]!["postback"]!;
        Assert.Equal("a=book", pb["data"]!.GetValue<string>());
        Assert.Equal("2026-12-01", pb["params"]!["date"]!.GetValue<string>());
        var message = JsonNode.Parse(image.Body)!["events"]![0]!["message"]!;
        Assert.Equal("line", message["contentProvider"]!["type"]!.GetValue<string>());
        Assert.Equal(2, message["imageSet"]!["total"]!.GetValue<int>());
        Assert.Equal("SET1", message["imageSet"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_forged_signature_reaches_the_bot_unchanged_so_it_can_refuse_it()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var body = Encoding.UTF8.GetBytes("""{"destination":"x","events":[]}""");

        var forged = await h.Emulator.PostRawAsync(body, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        var unsigned = await h.Emulator.PostRawAsync(body, null);
        var signed = await h.Emulator.PostRawAsync(body, h.Emulator.Sign(body));

        Assert.Equal(HttpStatusCode.Unauthorized, forged.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.Status);
        Assert.Equal(HttpStatusCode.OK, signed.Status);
    }

    [Fact]
    public async Task Driving_without_a_webhook_url_says_what_is_missing()
    {
        await using var emulator = await LineEmulatorServer.StartAsync(new LineEmulatorOptions());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => emulator.SendTextAsync(emulator.AddUser(), "x"));

        Assert.Contains("WebhookUrl", error.Message);
    }
}
