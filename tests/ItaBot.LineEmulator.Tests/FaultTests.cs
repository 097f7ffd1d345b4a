using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using static ItaBot.LineEmulator.Tests.Support.EmulatorHarness;

namespace ItaBot.LineEmulator.Tests;

public sealed class FaultTests
{
    [Fact]
    public async Task A_wrong_or_missing_bearer_token_is_401_with_lines_message()
    {
        await using var h = await StartAsync();
        using var wrong = NewClient(h.Emulator, "not-the-token", TimeSpan.FromSeconds(5));
        using var none = new HttpClient { BaseAddress = h.Emulator.BaseUrl };

        var withWrong = await h.PostAsync("v2/bot/message/push", PushBody(h.Emulator.AddUser(), TextMessage("x")), client: wrong);
        var withNone = await none.GetAsync("v2/bot/profile/Uabc");

        Assert.Equal(401, withWrong.Status);
        Assert.Equal(
            "Authentication failed due to the following reason: invalid token. Confirm that the access token in the authorization header is valid.",
            withWrong.Body["message"]!.GetValue<string>());
        Assert.Equal(401, (int)withNone.StatusCode);
    }

    [Fact]
    public async Task An_enqueued_fault_hits_the_next_matching_call_once_and_delivers_nothing()
    {
        await using var h = await StartAsync();
        var user = h.Emulator.AddUser();
        h.Emulator.Faults.Enqueue("/push", EmulatedFault.RateLimit);
        h.Emulator.Faults.Enqueue("/push", EmulatedFault.ServerError);

        var first = await h.PostAsync("v2/bot/message/push", PushBody(user, TextMessage("a")));
        var second = await h.PostAsync("v2/bot/message/push", PushBody(user, TextMessage("a")));
        var third = await h.PostAsync("v2/bot/message/push", PushBody(user, TextMessage("a")));

        Assert.Equal(429, first.Status);
        Assert.Equal("The API rate limit has been exceeded. Try again later.", first.Body["message"]!.GetValue<string>());
        Assert.Equal(500, second.Status);
        Assert.Equal(200, third.Status);
        Assert.Single(h.Emulator.MessagesTo(user));
        Assert.Equal([429, 500, 200], h.Emulator.Calls.Select(c => c.Status));
        Assert.Equal(0, h.Emulator.Faults.Pending);
    }

    [Fact]
    public async Task A_faulted_reply_does_not_use_up_the_token()
    {
        await using var h = await StartAsync();
        h.Bot.Echo = false;
        var delivery = await h.Emulator.SendTextAsync(h.Emulator.AddUser(), "x");
        h.Emulator.Faults.Enqueue("/reply", EmulatedFault.MonthlyLimit);
        var reply = new JsonObject { ["replyToken"] = delivery.ReplyToken, ["messages"] = new JsonArray(TextMessage("ok")) };

        var faulted = await h.PostAsync("v2/bot/message/reply", reply);
        var retried = await h.PostAsync("v2/bot/message/reply", reply);

        Assert.Equal(429, faulted.Status);
        Assert.Equal("You have reached your monthly limit.", faulted.Body["message"]!.GetValue<string>());
        Assert.Equal(200, retried.Status);
    }

    [Fact]
    public async Task Accepted_then_timeout_delivers_once_and_the_retry_with_the_same_key_gets_409()
    {
        await using var h = await StartAsync();
        var user = h.Emulator.AddUser();
        var key = Guid.NewGuid().ToString();
        h.Emulator.Faults.Enqueue("/push", EmulatedFault.AcceptedThenTimeout);
        using var impatient = NewClient(h.Emulator, h.Emulator.ChannelAccessToken, TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<TaskCanceledException>(
            () => h.PostAsync("v2/bot/message/push", PushBody(user, TextMessage("รับเรื่องแล้ว")), key, impatient));
        var retry = await h.PostAsync("v2/bot/message/push", PushBody(user, TextMessage("รับเรื่องแล้ว")), key);

        Assert.Equal(409, retry.Status);
        Assert.Single(h.Emulator.MessagesTo(user));
        Assert.Equal(0, h.Emulator.DuplicateDeliveries);
    }

    [Fact]
    public async Task A_call_whose_message_can_already_be_seen_is_in_the_call_log_too()
    {
        await using var h = await StartAsync();
        var user = h.Emulator.AddUser();
        h.Emulator.Faults.Enqueue("/push", EmulatedFault.AcceptedThenTimeoutFor(TimeSpan.FromMilliseconds(300)));

        var push = h.PostAsync("v2/bot/message/push", PushBody(user, TextMessage("x")));
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (h.Emulator.MessagesTo(user).Count == 0 && DateTime.UtcNow < deadline) await Task.Delay(10);

        // Read while the call is still held open: the log waits for it instead of missing it.
        Assert.Single(h.Emulator.MessagesTo(user));
        Assert.Equal(0, Assert.Single(h.Emulator.Calls).Status);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => push);
    }

    [Fact]
    public async Task A_plain_timeout_delivers_nothing_and_is_logged_as_unanswered()
    {
        await using var h = await StartAsync();
        var user = h.Emulator.AddUser();
        h.Emulator.Faults.Enqueue("/push", EmulatedFault.TimeoutFor(TimeSpan.FromMilliseconds(300)));

        await Assert.ThrowsAnyAsync<HttpRequestException>(
            () => h.PostAsync("v2/bot/message/push", PushBody(user, TextMessage("x"))));

        // The call is logged just after the connection drops, so give it a moment.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (h.Emulator.Calls.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Empty(h.Emulator.MessagesTo(user));
        Assert.Equal(0, Assert.Single(h.Emulator.Calls).Status);
    }

    [Fact]
    public async Task A_slow_call_answers_normally_after_its_hold()
    {
        await using var h = await StartAsync();
        var user = h.Emulator.AddUser();
        h.Emulator.Faults.Enqueue("/push", EmulatedFault.SlowFor(TimeSpan.FromMilliseconds(300)));
        var started = DateTime.UtcNow;

        var answer = await h.PostAsync("v2/bot/message/push", PushBody(user, TextMessage("x")));

        Assert.Equal(200, answer.Status);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(250));
        Assert.Single(h.Emulator.MessagesTo(user));
    }

    [Fact]
    public async Task An_endless_timeout_ends_when_the_emulator_stops()
    {
        var h = await StartAsync();
        var user = h.Emulator.AddUser();
        h.Emulator.Faults.Enqueue("/push", EmulatedFault.Timeout);
        var pending = h.PostAsync("v2/bot/message/push", PushBody(user, TextMessage("x")));
        await Task.Delay(200);
        var started = DateTime.UtcNow;

        await h.DisposeAsync();

        Assert.InRange(DateTime.UtcNow - started, TimeSpan.Zero, TimeSpan.FromSeconds(4));
        await Assert.ThrowsAnyAsync<Exception>(() => pending);
    }

    [Fact]
    public async Task Random_faults_follow_the_seed()
    {
        static async Task<List<int>> RunAsync()
        {
            await using var h = await StartAsync();
            var user = h.Emulator.AddUser();
            h.Emulator.Faults.SetRandom(0.5, seed: 42, EmulatedFault.ServerError, EmulatedFault.RateLimit);
            var statuses = new List<int>();
            for (var i = 0; i < 12; i++)
            {
                statuses.Add((await h.PostAsync("v2/bot/message/push", PushBody(user, TextMessage($"{i}")))).Status);
            }

            return statuses;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains(200, first);
        Assert.True(first.Any(s => s is 500 or 429), string.Join(",", first));
    }

    [Fact]
    public async Task Reset_forgets_messages_calls_and_faults()
    {
        await using var h = await StartAsync();
        var user = h.Emulator.AddUser();
        await h.PostAsync("v2/bot/message/push", PushBody(user, TextMessage("x")));
        h.Emulator.Faults.Enqueue("/push", EmulatedFault.ServerError);

        h.Emulator.Reset();
        var after = await h.PostAsync("v2/bot/message/push", PushBody(user, TextMessage("y")));

        Assert.Equal(200, after.Status);
        Assert.Equal("y", Assert.Single(h.Emulator.MessagesTo(user)).Text);
        Assert.Single(h.Emulator.Calls);
    }
}
