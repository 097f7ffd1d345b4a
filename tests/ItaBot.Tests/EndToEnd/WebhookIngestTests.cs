using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.EndToEnd;

/// <summary>POST /webhook as LINE (and a forger) would call it: signature, size, shape, redelivery, order.</summary>
public sealed class WebhookIngestTests
{
    private static byte[] Body(TestBot bot, params JsonObject[] events) =>
        Encoding.UTF8.GetBytes(new JsonObject
        {
            ["destination"] = bot.Line.BotUserId,
            ["events"] = new JsonArray(events.Select(e => (JsonNode)e.DeepClone()).ToArray()),
        }.ToJsonString());

    [Fact]
    public async Task A_signed_text_is_stored_handled_and_answered_by_reply_from_the_outbox()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();

        var answers = await bot.SayAsync(user, "เมนู");
        await bot.SettledAsync();

        Assert.Contains("ต้องการทำรายการใด", answers[0].Text);
        Assert.Equal("reply", answers[0].Via);
        Assert.Equal(1, bot.Count("SELECT COUNT(*) FROM InboxEvents WHERE Status = 1 AND ProcessedAt IS NOT NULL"));
        Assert.Equal(1, bot.Count("SELECT COUNT(*) FROM OutboxMessages WHERE Status = 1 AND Kind = 'reply' AND SentAt IS NOT NULL"));
    }

    [Fact]
    public async Task A_forged_or_missing_signature_gets_401_and_nothing_is_stored_or_answered()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();
        var body = Body(bot, bot.Line.BuildTextEvent(user, "ร้องเรียนการทุจริต"));
        var signature = bot.Line.Sign(body);
        var forged = signature[..^5] + (signature[^5] == 'A' ? 'B' : 'A') + signature[^4..];

        var withForged = await bot.Line.PostRawAsync(body, forged);
        var withNone = await bot.Line.PostRawAsync(body, null);
        var signedByAnother = await bot.Line.PostRawAsync(body, Convert.ToBase64String(
            System.Security.Cryptography.HMACSHA256.HashData("another channel secret"u8, body)));
        await Task.Delay(500);

        Assert.Equal(HttpStatusCode.Unauthorized, withForged.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, withNone.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, signedByAnother.Status);
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM InboxEvents"));
        Assert.Empty(bot.Line.MessagesTo(user));
        Assert.DoesNotContain(bot.Line.Calls, c => c.Path.Contains("/message/"));
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_gets_413_even_when_signed()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();
        var padding = new string('x', 1024 * 1024);
        var body = Body(bot, bot.Line.BuildTextEvent(user, padding));

        var delivery = await bot.Line.PostRawAsync(body, bot.Line.Sign(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, delivery.Status);
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM InboxEvents"));
    }

    [Fact]
    public async Task A_body_just_under_the_limit_is_accepted()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();
        var skeleton = Body(bot, bot.Line.BuildUnfollowEvent(user)).Length;
        var ev = bot.Line.BuildUnfollowEvent(user);
        ev["padding"] = new string('x', 1024 * 1024 - skeleton - 64);
        var body = Body(bot, ev);

        var delivery = await bot.Line.PostRawAsync(body, bot.Line.Sign(body));

        Assert.True(body.Length <= 1024 * 1024);
        Assert.Equal(HttpStatusCode.OK, delivery.Status);
    }

    [Theory]
    [InlineData("{\"destination\":\"x\",\"events\":[")]
    [InlineData("not json")]
    [InlineData("")]
    public async Task Malformed_json_with_a_valid_signature_gets_400(string text)
    {
        await using var bot = await TestBot.StartAsync();
        var body = Encoding.UTF8.GetBytes(text);

        var delivery = await bot.Line.PostRawAsync(body, bot.Line.Sign(body));

        Assert.Equal(HttpStatusCode.BadRequest, delivery.Status);
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM InboxEvents"));
    }

    [Fact]
    public async Task The_consoles_verify_call_with_no_events_gets_200()
    {
        await using var bot = await TestBot.StartAsync();
        var body = "{\"destination\":\"Uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",\"events\":[]}"u8.ToArray();

        var delivery = await bot.Line.PostRawAsync(body, bot.Line.Sign(body));

        Assert.Equal(HttpStatusCode.OK, delivery.Status);
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM InboxEvents"));
    }

    [Fact]
    public async Task Healthz_answers_200_when_the_bot_is_ready()
    {
        await using var bot = await TestBot.StartAsync();
        using var http = new HttpClient();

        var response = await http.GetAsync(new Uri(bot.Host.BaseUrl, "/healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_redelivered_event_is_stored_once_and_answered_once()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();
        var before = bot.Line.MessagesTo(user).Count;
        var first = await bot.Line.SendTextAsync(user, "เมนู");
        await bot.AnswersAfterAsync(user, before);

        var again = await bot.Line.RedeliverAsync(first);
        await bot.SettledAsync();
        var next = await bot.SayAsync(user, "สวัสดีจ้า");

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("\"isRedelivery\":true", again.Body);
        Assert.Equal(1, bot.Count("SELECT COUNT(*) FROM InboxEvents WHERE WebhookEventId = $id", ("$id", first.EventId)));
        Assert.Equal(2, bot.Line.MessagesTo(user).Count);
        Assert.Contains("ยังไม่เข้าใจ", next[0].Text);
        Assert.Equal(0, bot.Line.DuplicateDeliveries);
    }

    [Fact]
    public async Task The_same_event_id_in_two_bodies_is_handled_once()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();
        var ev = bot.Line.BuildTextEvent(user, "เมนู");

        var first = await bot.Line.SendEventsAsync(ev);
        var second = await bot.Line.SendEventsAsync(ev);
        await bot.SettledAsync();

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(first.EventId, second.EventId);
        Assert.Equal(1, bot.Count("SELECT COUNT(*) FROM InboxEvents"));
        Assert.Single(bot.Line.MessagesTo(user));
    }

    [Fact]
    public async Task A_standby_event_is_stored_but_not_answered()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();

        var delivery = await bot.Line.SendStandbyTextAsync(user, "ร้องเรียนการทุจริต");
        await bot.WaitForCountAsync("SELECT COUNT(*) FROM InboxEvents WHERE Status <> 0");
        await bot.SettledAsync();

        Assert.Equal(HttpStatusCode.OK, delivery.Status);
        Assert.Equal(1, bot.Count("SELECT COUNT(*) FROM InboxEvents WHERE Standby = 1 AND Status = 3"));
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM OutboxMessages"));
        Assert.Empty(bot.Line.MessagesTo(user));
    }

    [Fact]
    public async Task An_unknown_event_type_is_stored_marked_processed_and_the_next_message_is_answered()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();
        var unknown = new JsonObject
        {
            ["type"] = "hologram",
            ["source"] = new JsonObject { ["type"] = "user", ["userId"] = user },
            ["hologram"] = new JsonObject { ["depth"] = 3 },
        };

        var delivery = await bot.Line.SendEventsAsync(unknown);
        var answers = await bot.SayAsync(user, "เมนู");

        Assert.Equal(HttpStatusCode.OK, delivery.Status);
        var row = Assert.Single(bot.Rows("SELECT EventType, Status, ProcessedAt, Error FROM InboxEvents WHERE EventType = 'hologram'"));
        Assert.Equal(1L, row[1]);
        Assert.NotNull(row[2]);
        Assert.Null(row[3]);
        Assert.Contains("ต้องการทำรายการใด", answers[0].Text);
    }

    [Fact]
    public async Task Events_of_one_person_are_handled_in_timestamp_order_whatever_their_order_in_the_body()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();
        var start = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var track = bot.Line.BuildTextEvent(user, "ติดตามเรื่อง");
        track["timestamp"] = start;
        var byCode = bot.Line.BuildTextEvent(user, "กรอกรหัสรับเรื่อง");
        byCode["timestamp"] = start + 1_000;
        var menu = bot.Line.BuildTextEvent(user, "เมนู");
        menu["timestamp"] = start - 1_000;

        await bot.Line.SendEventsAsync(byCode, track, menu);
        var answers = await bot.Line.WaitForMessagesAsync(user, 3, TimeSpan.FromSeconds(15));
        await bot.SettledAsync();

        Assert.Equal(3, answers.Count);
        Assert.Contains("ต้องการทำรายการใด", answers[0].Text);
        Assert.Contains("ต้องการติดตามเรื่องแบบใด", answers[1].Text);
        Assert.Contains("กรุณาพิมพ์รหัสรับเรื่อง 16 ตัว", answers[2].Text);
    }
}
