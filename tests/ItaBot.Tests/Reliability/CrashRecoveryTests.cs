using System.Collections.Concurrent;
using System.Net;
using ItaBot.Bench;
using ItaBot.LineEmulator;

namespace ItaBot.Tests.Reliability;

/// <summary>
/// The bot process is SIGKILLed in the middle of a load of signed webhooks and started again on the same files.
/// What got a 200 must be handled exactly once and answered exactly once; nothing may be left half-written.
/// </summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const int People = 2400;
    private const int KillAfterAccepted = 900;

    // LINE calls cut off by the kill give up quickly, and quiet hours are off so the run does not depend on the time of day.
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Line__HttpTimeoutSeconds"] = "2",
        ["Alerts__QuietFrom"] = "00:00",
        ["Alerts__QuietUntil"] = "00:00",
    };

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "itabot-crash-" + Guid.NewGuid().ToString("N")[..10]);
    private LineEmulatorServer _line = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        ItaBot.Security.KeyRingLoader.Write(ItaBot.Security.KeyRing.Generate(), Path.Combine(_directory, "keys", "itabot-keys.json"));
        _line = await LineEmulatorServer.StartAsync(new LineEmulatorOptions());
    }

    [Fact]
    public async Task Every_acknowledged_event_is_answered_exactly_once_after_a_kill_and_restart()
    {
        var database = Path.Combine(_directory, "itabot.db");
        var bot = await BotProcess.StartAsync(_directory, _line, TimeSpan.FromSeconds(30), Settings);
        _line.WebhookUrl = bot.WebhookUrl;
        var perTurn = await MessagesPerTurnAsync();

        var people = Enumerable.Range(0, People).Select(_ => _line.AddUser()).ToArray();
        var acknowledged = new ConcurrentDictionary<string, byte>();
        var next = -1;
        var answered = 0;
        async Task SendAll(bool stopAtKill)
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < people.Length)
            {
                try
                {
                    var delivery = await _line.SendTextAsync(people[i], "ขอสอบถามหน่อยค่ะ");
                    if (delivery.Status == HttpStatusCode.OK) acknowledged[people[i]] = 1;
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
                if (!stopAtKill) continue;
                var n = Interlocked.Increment(ref answered);
                if (n == KillAfterAccepted) bot.Kill();
                if (n >= KillAfterAccepted) return;
            }
        }
        await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => SendAll(stopAtKill: true)));
        bot.Dispose();

        // Started again on the same folder; the rest of the people write in while it recovers.
        using var restarted = await BotProcess.StartAsync(_directory, _line, TimeSpan.FromSeconds(30), Settings);
        _line.WebhookUrl = restarted.WebhookUrl;
        await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => SendAll(stopAtKill: false)));
        Assert.True(await DatabaseProbe.DrainedAsync(database, TimeSpan.FromSeconds(60)), "the bot did not catch up within 60 s");

        Assert.True(acknowledged.Count > KillAfterAccepted, $"only {acknowledged.Count} events were acknowledged");
        Assert.Equal(0, _line.DuplicateDeliveries);
        foreach (var person in people)
        {
            var count = _line.MessagesTo(person).Count;
            if (acknowledged.ContainsKey(person)) Assert.Equal(perTurn, count);
            else Assert.True(count == 0 || count == perTurn, $"an unacknowledged event got {count} messages");
        }
        Assert.Equal(0, DatabaseProbe.Scalar(database, "SELECT COUNT(*) FROM InboxEvents WHERE Status <> 1 OR Attempts <> 1"));
        Assert.Equal(0, DatabaseProbe.Scalar(database,
            "SELECT COUNT(*) FROM InboxEvents i WHERE i.EventType = 'message' AND NOT EXISTS (SELECT 1 FROM OutboxMessages o WHERE o.SourceEventId = i.WebhookEventId)"));
        Assert.Equal(0, DatabaseProbe.Scalar(database, "SELECT COUNT(*) FROM OutboxMessages WHERE Status <> 1"));
        Assert.True(DatabaseProbe.Scalar(database, "SELECT COUNT(*) FROM InboxEvents") >= acknowledged.Count + 1);
    }

    private async Task<int> MessagesPerTurnAsync()
    {
        var probe = _line.AddUser();
        await _line.SendTextAsync(probe, "ขอสอบถามหน่อยค่ะ");
        await _line.WaitForMessagesAsync(probe, 1, TimeSpan.FromSeconds(15));
        await Task.Delay(500);
        return _line.MessagesTo(probe).Count;
    }

    public async Task DisposeAsync()
    {
        await _line.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { }
    }
}
