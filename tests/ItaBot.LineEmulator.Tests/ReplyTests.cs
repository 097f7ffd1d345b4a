using System.Text.Json.Nodes;
using ItaBot.LineEmulator.Tests.Support;
using static ItaBot.LineEmulator.Tests.Support.EmulatorHarness;

namespace ItaBot.LineEmulator.Tests;

public sealed class ReplyTests
{
    private static JsonObject Reply(string? token, string text = "ตอบ") =>
        new() { ["replyToken"] = token, ["messages"] = new JsonArray(TextMessage(text)) };

    [Fact]
    public async Task A_reply_with_a_fresh_token_reaches_the_user()
    {
        await using var h = await StartAsync();
        var user = h.Emulator.AddUser();

        await h.Emulator.SendTextAsync(user, "สวัสดี");

        var messages = await h.Emulator.WaitForMessagesAsync(user, 1, TimeSpan.FromSeconds(5));
        var message = Assert.Single(messages);
        Assert.Equal("echo: สวัสดี", message.Text);
        Assert.Equal("reply", message.Via);
    }

    [Fact]
    public async Task The_same_reply_token_twice_is_an_invalid_reply_token()
    {
        await using var h = await StartAsync();
        h.Bot.Echo = false;
        var delivery = await h.Emulator.SendTextAsync(h.Emulator.AddUser(), "x");

        var first = await h.PostAsync("v2/bot/message/reply", Reply(delivery.ReplyToken));
        var second = await h.PostAsync("v2/bot/message/reply", Reply(delivery.ReplyToken));

        Assert.Equal(200, first.Status);
        Assert.Matches("^[0-9]+$", first.Body["sentMessages"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(400, second.Status);
        Assert.Equal("Invalid reply token", second.Body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_older_than_its_lifetime_is_refused()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 1, 3, 0, 0, TimeSpan.Zero));
        await using var h = await StartAsync(new LineEmulatorOptions { Time = clock, ReplyTokenLifetime = TimeSpan.FromSeconds(30) });
        h.Bot.Echo = false;
        var delivery = await h.Emulator.SendTextAsync(h.Emulator.AddUser(), "x");

        clock.Advance(TimeSpan.FromSeconds(31));
        var late = await h.PostAsync("v2/bot/message/reply", Reply(delivery.ReplyToken));

        Assert.Equal(400, late.Status);
        Assert.Equal("Invalid reply token", late.Body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_redelivery_renews_an_unused_token_but_not_past_twenty_minutes()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 1, 3, 0, 0, TimeSpan.Zero));
        await using var h = await StartAsync(new LineEmulatorOptions { Time = clock });
        h.Bot.Echo = false;
        var user = h.Emulator.AddUser();
        var renewed = await h.Emulator.SendTextAsync(user, "a");
        var tooOld = await h.Emulator.SendTextAsync(user, "b");

        clock.Advance(TimeSpan.FromMinutes(5));
        await h.Emulator.RedeliverAsync(renewed);
        var ok = await h.PostAsync("v2/bot/message/reply", Reply(renewed.ReplyToken));
        clock.Advance(TimeSpan.FromMinutes(16));
        await h.Emulator.RedeliverAsync(tooOld);
        var refused = await h.PostAsync("v2/bot/message/reply", Reply(tooOld.ReplyToken));

        Assert.Equal(200, ok.Status);
        Assert.Equal(400, refused.Status);
    }

    [Fact]
    public async Task Unknown_tokens_and_retry_keys_on_reply_are_refused()
    {
        await using var h = await StartAsync();
        h.Bot.Echo = false;
        var delivery = await h.Emulator.SendTextAsync(h.Emulator.AddUser(), "x");

        var unknown = await h.PostAsync("v2/bot/message/reply", Reply("0123456789abcdef0123456789abcdef"));
        var withKey = await h.PostAsync("v2/bot/message/reply", Reply(delivery.ReplyToken), retryKey: Guid.NewGuid().ToString());
        var stillUsable = await h.PostAsync("v2/bot/message/reply", Reply(delivery.ReplyToken));

        Assert.Equal(400, unknown.Status);
        Assert.Equal("Invalid reply token", unknown.Body["message"]!.GetValue<string>());
        Assert.Equal(400, withKey.Status);
        Assert.Equal(200, stillUsable.Status);
    }

    [Fact]
    public async Task A_reply_to_a_group_event_reaches_the_group()
    {
        await using var h = await StartAsync();
        const string group = "Cfedcba9876543210fedcba9876543210";

        await h.Emulator.SendGroupTextAsync(group, h.Emulator.AddUser(), "ทุกคน");

        var messages = await h.Emulator.WaitForMessagesAsync(group, 1, TimeSpan.FromSeconds(5));
        Assert.Equal("echo: ทุกคน", messages[0].Text);
    }
}
