using ItaBot.LineEmulator;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.EndToEnd;

/// <summary>The outbox dispatcher against a LINE that expires tokens, fails, throttles and loses answers.</summary>
public sealed class DeliveryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private static List<ApiCall> MessageCalls(TestBot bot) =>
        bot.Line.Calls.Where(c => c.Path.StartsWith("/v2/bot/message/", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task A_reply_token_LINE_no_longer_accepts_falls_back_to_a_push_with_a_retry_key()
    {
        await using var bot = await TestBot.StartAsync(emulator: new LineEmulatorOptions { ReplyTokenLifetime = TimeSpan.FromMilliseconds(1) });
        var user = bot.Line.AddUser();

        var answers = await bot.SayAsync(user, "เมนู");
        await bot.SettledAsync();

        Assert.Equal("push", answers[0].Via);
        Assert.Contains("ต้องการทำรายการใด", answers[0].Text);
        var calls = MessageCalls(bot);
        Assert.Equal(["/v2/bot/message/reply", "/v2/bot/message/push"], calls.Select(c => c.Path));
        Assert.Equal(400, calls[0].Status);
        Assert.Equal(200, calls[1].Status);
        Assert.True(Guid.TryParse(calls[1].RetryKey, out _));
        Assert.Single(bot.Line.MessagesTo(user));
    }

    [Fact]
    public async Task A_token_older_than_the_configured_lifetime_is_not_tried_and_the_answer_is_pushed()
    {
        await using var bot = await TestBot.StartAsync(s => s["Line:ReplyTokenSeconds"] = "0");
        var user = bot.Line.AddUser();

        var answers = await bot.SayAsync(user, "เมนู");
        await bot.SettledAsync();

        Assert.Equal("push", answers[0].Via);
        var call = Assert.Single(MessageCalls(bot));
        Assert.Equal("/v2/bot/message/push", call.Path);
        Assert.NotNull(call.RetryKey);
    }

    [Fact]
    public async Task LINE_answering_500_then_429_still_delivers_the_answer_exactly_once()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();
        bot.Line.Faults.Enqueue("/v2/bot/message", EmulatedFault.ServerError);
        bot.Line.Faults.Enqueue("/v2/bot/message", EmulatedFault.RateLimit);

        var answers = await bot.SayAsync(user, "เมนู");
        await bot.SettledAsync();

        Assert.Contains("ต้องการทำรายการใด", answers[0].Text);
        Assert.Equal([500, 429, 200], MessageCalls(bot).Select(c => c.Status));
        Assert.Single(bot.Line.MessagesTo(user));
        Assert.Equal(0, bot.Line.DuplicateDeliveries);
        Assert.Equal(0, bot.Line.Faults.Pending);
        Assert.Equal(1, bot.Count("SELECT COUNT(*) FROM OutboxMessages WHERE Status = 1 AND Attempts = 3"));
    }

    [Fact]
    public async Task A_push_whose_answer_was_lost_is_retried_with_the_same_key_and_409_counts_as_delivered()
    {
        await using var bot = await TestBot.StartAsync(s => s["Line:ReplyTokenSeconds"] = "0");
        var user = bot.Line.AddUser();
        bot.Line.Faults.Enqueue("/v2/bot/message/push", EmulatedFault.AcceptedThenTimeout);

        var answers = await bot.SayAsync(user, "เมนู");
        await bot.WaitForCountAsync("SELECT COUNT(*) FROM OutboxMessages WHERE Status = 1");

        Assert.Contains("ต้องการทำรายการใด", answers[0].Text);
        var pushes = MessageCalls(bot);
        Assert.Equal(2, pushes.Count);
        Assert.All(pushes, p => Assert.Equal("/v2/bot/message/push", p.Path));
        Assert.Equal(0, pushes[0].Status);
        Assert.Equal(409, pushes[1].Status);
        Assert.Equal(pushes[0].RetryKey, pushes[1].RetryKey);
        Assert.Equal("AlreadyAccepted", bot.Scalar("SELECT LastOutcome FROM OutboxMessages"));
        Assert.Single(bot.Line.MessagesTo(user));
        Assert.Equal(0, bot.Line.DuplicateDeliveries);
    }

    [Fact]
    public async Task A_reply_whose_answer_was_lost_is_not_sent_again_as_a_push()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();
        bot.Line.Faults.Enqueue("/v2/bot/message/reply", EmulatedFault.AcceptedThenTimeout);

        await bot.SayAsync(user, "เมนู");
        await bot.WaitForCountAsync("SELECT COUNT(*) FROM OutboxMessages WHERE Status = 1");

        Assert.Equal("ReplyTokenAlreadyUsed", bot.Scalar("SELECT LastOutcome FROM OutboxMessages"));
        Assert.DoesNotContain(MessageCalls(bot), c => c.Path.EndsWith("/push", StringComparison.Ordinal));
        Assert.Single(bot.Line.MessagesTo(user));
        Assert.Equal(0, bot.Line.DuplicateDeliveries);
    }

    [Fact]
    public async Task A_reply_whose_answer_was_lost_and_whose_retry_then_failed_is_still_not_pushed_again()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();
        bot.Line.Faults.Enqueue("/v2/bot/message/reply", EmulatedFault.AcceptedThenTimeout);
        bot.Line.Faults.Enqueue("/v2/bot/message/reply", EmulatedFault.ServerError);

        await bot.SayAsync(user, "เมนู");
        await bot.WaitForCountAsync("SELECT COUNT(*) FROM OutboxMessages WHERE Status <> 0");

        Assert.Equal([0, 500, 400], MessageCalls(bot).Select(c => c.Status));
        Assert.Equal("ReplyTokenAlreadyUsed", bot.Scalar("SELECT LastOutcome FROM OutboxMessages"));
        Assert.Single(bot.Line.MessagesTo(user));
        Assert.Equal(0, bot.Line.DuplicateDeliveries);
    }

    [Fact]
    public async Task Messages_to_one_person_arrive_in_the_order_they_were_written_even_when_the_first_is_retried()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();
        bot.Line.Faults.Enqueue("/v2/bot/message", EmulatedFault.ServerError);
        var before = bot.Line.MessagesTo(user).Count;

        await bot.Line.SendTextAsync(user, "ติดตามเรื่อง");
        await bot.Line.SendTextAsync(user, "กรอกรหัสรับเรื่อง");
        var answers = await bot.Line.WaitForMessagesAsync(user, before + 2, Patience);

        Assert.Contains("ต้องการติดตามเรื่องแบบใด", answers[0].Text);
        Assert.Contains("กรุณาพิมพ์รหัสรับเรื่อง", answers[1].Text);
    }
}
