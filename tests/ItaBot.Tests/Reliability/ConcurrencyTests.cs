using Microsoft.Extensions.DependencyInjection;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Reliability;

/// <summary>Many people at once: SQLite's single writer must never show through as an error to a person.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Three_hundred_people_writing_at_once_never_get_the_apology_and_every_event_is_handled()
    {
        await using var bot = await TestBot.StartAsync();
        var perTurn = await LineFaultTests.MessagesPerTurnAsync(bot);
        var people = Enumerable.Range(0, 300).Select(_ => bot.Line.AddUser()).ToArray();

        for (var round = 1; round <= 3; round++)
        {
            await Task.WhenAll(people.Select(p => bot.Line.SendTextAsync(p, "สวัสดีค่ะ รอบที่ " + round)));
            var expected = perTurn * round;
            await Task.WhenAll(people.Select(p => bot.Line.WaitForMessagesAsync(p, expected, TimeSpan.FromSeconds(15))));
        }
        Assert.True(await DatabaseProbe.DrainedAsync(bot.DatabasePath, TimeSpan.FromSeconds(15)));

        var apology = bot.Services.GetRequiredService<ItaBot.Conversation.Texts>().Plain("common.error");
        Assert.DoesNotContain(people.SelectMany(p => bot.Line.MessagesTo(p)), m => m.Text?.Contains(apology) == true);
        Assert.Equal(0, DatabaseProbe.Scalar(bot.DatabasePath, "SELECT COUNT(*) FROM InboxEvents WHERE Status <> 1 OR Attempts <> 1"));
        Assert.Equal(0, DatabaseProbe.Scalar(bot.DatabasePath, "SELECT COUNT(*) FROM InboxEvents WHERE Error IS NOT NULL"));
        Assert.All(people, p => Assert.Equal(perTurn * 3, bot.Line.MessagesTo(p).Count));
    }
}
