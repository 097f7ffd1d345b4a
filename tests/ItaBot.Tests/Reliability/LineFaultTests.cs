using ItaBot.LineEmulator;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Reliability;

/// <summary>LINE answering with 500, 429 and timeouts must cost nothing but time: every message arrives, once.</summary>
public sealed class LineFaultTests
{
    private const string Said = "ขอสอบถามหน่อยค่ะ";

    [Fact]
    public async Task With_a_third_of_LINE_calls_failing_every_person_still_gets_every_message_exactly_once()
    {
        await using var bot = await TestBot.StartAsync();
        var perTurn = await MessagesPerTurnAsync(bot);
        bot.Line.Faults.SetRandom(0.35, seed: 6,
            EmulatedFault.ServerError, EmulatedFault.RateLimit,
            EmulatedFault.TimeoutFor(TimeSpan.FromSeconds(3)), EmulatedFault.AcceptedThenTimeoutFor(TimeSpan.FromSeconds(3)));
        var people = Enumerable.Range(0, 40).Select(_ => bot.Line.AddUser()).ToArray();

        await Task.WhenAll(people.Select(p => bot.Line.SendTextAsync(p, Said)));
        await Task.WhenAll(people.Select(p => bot.Line.WaitForMessagesAsync(p, perTurn, TimeSpan.FromSeconds(15))));
        await Task.Delay(1000);

        Assert.All(people, p => Assert.Equal(perTurn, bot.Line.MessagesTo(p).Count));
        Assert.Equal(0, bot.Line.DuplicateDeliveries);
        Assert.Contains(bot.Line.Calls, c => c.Status is 500 or 429);
    }

    [Fact]
    public async Task A_reply_token_that_expires_while_LINE_fails_falls_back_to_a_push_with_a_retry_key()
    {
        await using var bot = await TestBot.StartAsync(emulator: new LineEmulatorOptions { ReplyTokenLifetime = TimeSpan.FromSeconds(1) });
        var person = bot.Line.AddUser();
        // Three failures: their backoffs (at least 0.25 + 0.5 + 1 s, at most 5.25 s) put the fourth attempt past the
        // one-second token whatever the jitter, well inside the wait below. Four made the outcome depend on the jitter.
        for (var i = 0; i < 3; i++) bot.Line.Faults.Enqueue("/v2/bot/message/reply", EmulatedFault.ServerError);

        await bot.Line.SendTextAsync(person, Said);
        var messages = await bot.Line.WaitForMessagesAsync(person, 1, TimeSpan.FromSeconds(15));

        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Equal("push", m.Via));
        var pushes = bot.Line.Calls.Where(c => c.Path.EndsWith("/push", StringComparison.Ordinal) && c.Status == 200).ToList();
        Assert.NotEmpty(pushes);
        Assert.All(pushes, c => Assert.True(Guid.TryParse(c.RetryKey, out _), "a push went out without a retry key"));
        Assert.Equal(0, bot.Line.DuplicateDeliveries);
    }

    [Fact]
    public async Task A_message_to_someone_who_blocked_the_account_is_marked_failed_listed_for_admins_and_not_retried()
    {
        // A token that is dead on arrival forces the push path, which is where LINE refuses a blocked person.
        await using var bot = await TestBot.StartAsync(emulator: new LineEmulatorOptions { ReplyTokenLifetime = TimeSpan.FromMilliseconds(1) });
        var person = bot.Line.AddUser();
        bot.Line.BlockUser(person);

        await bot.Line.SendTextAsync(person, Said);
        Assert.True(await DatabaseProbe.DrainedAsync(bot.DatabasePath, TimeSpan.FromSeconds(15)));
        var failedCalls = bot.Line.Calls.Count(c => c.Path.EndsWith("/push", StringComparison.Ordinal));
        await Task.Delay(2500);

        Assert.Equal(failedCalls, bot.Line.Calls.Count(c => c.Path.EndsWith("/push", StringComparison.Ordinal)));
        Assert.True(DatabaseProbe.Scalar(bot.DatabasePath, "SELECT COUNT(*) FROM OutboxMessages WHERE Status = 2") >= 1);
        Assert.Empty(bot.Line.MessagesTo(person));
        var (code, output, _) = await bot.CliAsync("outbox", "failed");
        Assert.Equal(0, code);
        Assert.Contains("reply.message", output);
        Assert.DoesNotContain(person, output);
    }

    internal static async Task<int> MessagesPerTurnAsync(TestBot bot)
    {
        var probe = bot.Line.AddUser();
        await bot.Line.SendTextAsync(probe, Said);
        await bot.Line.WaitForMessagesAsync(probe, 1, TimeSpan.FromSeconds(15));
        await Task.Delay(500);
        return bot.Line.MessagesTo(probe).Count;
    }
}
