using System.Text.Json.Nodes;
using static ItaBot.LineEmulator.Tests.Support.EmulatorHarness;

namespace ItaBot.LineEmulator.Tests;

public sealed class PushTests
{
    [Fact]
    public async Task A_push_repeated_with_the_same_retry_key_is_a_409_and_is_delivered_once()
    {
        await using var h = await StartAsync();
        var user = h.Emulator.AddUser();
        var key = Guid.NewGuid().ToString();

        var first = await h.PostAsync("v2/bot/message/push", PushBody(user, TextMessage("เรื่องของท่านได้รับแล้ว")), key);
        var second = await h.PostAsync("v2/bot/message/push", PushBody(user, TextMessage("เรื่องของท่านได้รับแล้ว")), key);

        Assert.Equal(200, first.Status);
        Assert.Equal(409, second.Status);
        Assert.Equal("The retry key is already accepted", second.Body["message"]!.GetValue<string>());
        Assert.Equal(
            first.Response.Headers.GetValues("x-line-request-id").Single(),
            second.Response.Headers.GetValues("x-line-accepted-request-id").Single());
        Assert.Equal(
            first.Body["sentMessages"]![0]!["id"]!.GetValue<string>(),
            second.Body["sentMessages"]![0]!["id"]!.GetValue<string>());
        Assert.Single(h.Emulator.MessagesTo(user));
        Assert.Equal(0, h.Emulator.DuplicateDeliveries);
        Assert.Equal(key, h.Emulator.Calls[^1].RetryKey);
    }

    [Fact]
    public async Task A_retry_key_that_is_not_a_uuid_is_refused()
    {
        await using var h = await StartAsync();

        var result = await h.PostAsync("v2/bot/message/push", PushBody(h.Emulator.AddUser(), TextMessage("x")), "not-a-uuid");

        Assert.Equal(400, result.Status);
    }

    [Fact]
    public async Task Pushes_to_unknown_or_blocked_users_fail_to_send()
    {
        await using var h = await StartAsync();
        var blocked = h.Emulator.AddUser();
        h.Emulator.BlockUser(blocked);

        var unknown = await h.PostAsync("v2/bot/message/push", PushBody("U00000000000000000000000000000000", TextMessage("x")));
        var toBlocked = await h.PostAsync("v2/bot/message/push", PushBody(blocked, TextMessage("x")));

        Assert.Equal(400, unknown.Status);
        Assert.Equal("Failed to send messages", unknown.Body["message"]!.GetValue<string>());
        Assert.Equal(400, toBlocked.Status);
        Assert.Equal("Failed to send messages", toBlocked.Body["message"]!.GetValue<string>());
        Assert.Empty(h.Emulator.MessagesTo(blocked));
    }

    [Fact]
    public async Task A_multicast_reaches_every_listed_user_and_refuses_unknown_ones()
    {
        await using var h = await StartAsync();
        var a = h.Emulator.AddUser();
        var b = h.Emulator.AddUser();
        var body = new JsonObject { ["to"] = new JsonArray(a, b), ["messages"] = new JsonArray(TextMessage("ประกาศ")) };
        var bad = new JsonObject { ["to"] = new JsonArray(a, "Uunknown"), ["messages"] = new JsonArray(TextMessage("x")) };

        var ok = await h.PostAsync("v2/bot/message/multicast", body);
        var refused = await h.PostAsync("v2/bot/message/multicast", bad);

        Assert.Equal(200, ok.Status);
        Assert.Equal("ประกาศ", Assert.Single(h.Emulator.MessagesTo(a)).Text);
        Assert.Equal("multicast", Assert.Single(h.Emulator.MessagesTo(b)).Via);
        Assert.Equal(400, refused.Status);
        Assert.Equal("The property, to[1], in the request body is invalid (line: -, column: -)", refused.Body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_same_message_pushed_again_without_a_new_user_action_counts_as_a_duplicate()
    {
        await using var h = await StartAsync();
        h.Bot.Echo = false;
        var user = h.Emulator.AddUser();

        await h.PostAsync("v2/bot/message/push", PushBody(user, TextMessage("แจ้งผล")));
        await h.PostAsync("v2/bot/message/push", PushBody(user, TextMessage("แจ้งผล")));
        await h.Emulator.SendTextAsync(user, "อีกครั้ง");
        await h.PostAsync("v2/bot/message/push", PushBody(user, TextMessage("แจ้งผล")));

        Assert.Equal(3, h.Emulator.MessagesTo(user).Count);
        Assert.Equal(1, h.Emulator.DuplicateDeliveries);
    }
}
