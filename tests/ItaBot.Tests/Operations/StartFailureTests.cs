using ItaBot.Hosting;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Operations;

/// <summary>A second copy started by mistake is told what is in its way, as a message, instead of crashing with a trace.</summary>
public sealed class StartFailureTests
{
    [Fact]
    public async Task A_bot_started_on_an_address_already_taken_says_so_and_how_to_choose_another()
    {
        await using var bot = await TestBot.StartAsync();
        var elsewhere = Directory.CreateTempSubdirectory("itabot-second-").FullName;
        try
        {
            var refused = await Assert.ThrowsAsync<StartupException>(() =>
                TestBot.StartAsync(s => s["urls"] = bot.Host.BaseUrl.ToString(), directory: elsewhere, sharedLine: bot.Line));

            Assert.Contains("address already in use", refused.Message);
            Assert.Contains("--urls", refused.Message);
            // The host's own "Hosting failed to start" would repeat the same exception with its whole trace.
            var logs = Path.Combine(elsewhere, "logs");
            var logged = Directory.Exists(logs) ? Directory.GetFiles(logs).Select(File.ReadAllText) : [];
            Assert.DoesNotContain(logged, text => text.Contains("Hosting failed to start"));
        }
        finally { Directory.Delete(elsewhere, recursive: true); }
    }

    [Fact]
    public async Task A_bot_started_on_a_database_another_bot_runs_on_says_so()
    {
        await using var bot = await TestBot.StartAsync();

        var refused = await Assert.ThrowsAsync<StartupException>(() =>
            TestBot.StartAsync(directory: bot.Directory, sharedLine: bot.Line));

        Assert.Contains("a bot is already running on this database", refused.Message);
    }
}
