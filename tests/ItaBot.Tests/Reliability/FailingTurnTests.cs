using System.Text.Json.Nodes;
using ItaBot.Audit;
using ItaBot.Hosting;
using ItaBot.Inbox;
using ItaBot.Outbox;
using ItaBot.Security;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using ItaBot.Tests.Support;
using ItaBot.Webhook;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.Reliability;

/// <summary>
/// A turn that throws, in a round with other people's turns: its own writes are undone, the others commit, the
/// person's later events wait behind it, and after three attempts it is marked failed and the person is told.
/// </summary>
public sealed class FailingTurnTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);
    private readonly CoreServices _core = CoreServices.Create("failing", new ManualClock(Start), services =>
    {
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<Attempts>();
        services.AddScoped<ITurnHandler, ScriptedHandler>();
        services.AddSingleton<InboxProcessor>();
    });
    private long _next;

    private ServiceProvider Services => _core.Provider;

    [Fact]
    public async Task A_throwing_turn_undoes_only_its_own_writes_holds_back_that_persons_later_events_and_ends_in_one_apology()
    {
        var alice = await StoreAsync("Ualice", "ok-a");
        var boom = await StoreAsync("Ubob", "boom");
        var afterBoom = await StoreAsync("Ubob", "ok-b");
        var carol = await StoreAsync("Ucarol", "ok-c");
        var processor = Services.GetRequiredService<InboxProcessor>();

        // Rounds are time-bounded, so how many events one round takes varies; run them until the inbox is idle.
        for (var round = 0; round < 20 && await processor.ProcessOnceAsync(CancellationToken.None) > 0; round++) { }

        Assert.Equal((InboxStatus.Done, 1), await StatusAsync(alice));
        Assert.Equal((InboxStatus.Done, 1), await StatusAsync(carol));
        Assert.Equal((InboxStatus.Failed, InboxProcessor.MaxAttempts), await StatusAsync(boom));
        Assert.Equal((InboxStatus.Done, 1), await StatusAsync(afterBoom));
        Assert.Equal(["ok-a", "ok-b", "ok-c"], await HandledAsync());
        Assert.Equal(["boom"], await ActionsAsync(ScriptedHandler.Apology));
        Assert.Empty(await ActionsAsync(ScriptedHandler.HalfDone));
        var bobsAttempts = Services.GetRequiredService<Attempts>().Texts.Where(t => t.EndsWith("-b") || t == "boom");
        Assert.Equal(["boom", "boom", "boom", "ok-b"], bobsAttempts);
    }

    [Fact]
    public async Task An_event_that_no_longer_decrypts_is_retried_then_marked_failed_while_others_go_on()
    {
        var unreadable = await StoreAsync("Udave", "ok-d", payload: [1, 0, 99, 1, 2, 3]);
        var erin = await StoreAsync("Uerin", "ok-e");
        var processor = Services.GetRequiredService<InboxProcessor>();

        for (var round = 0; round < 20 && await processor.ProcessOnceAsync(CancellationToken.None) > 0; round++) { }

        Assert.Equal((InboxStatus.Failed, InboxProcessor.MaxAttempts), await StatusAsync(unreadable));
        Assert.Equal((InboxStatus.Done, 1), await StatusAsync(erin));
        Assert.Equal(["ok-e"], await HandledAsync());
    }

    private async Task<long> StoreAsync(string userId, string text, byte[]? payload = null)
    {
        var n = Interlocked.Increment(ref _next);
        var json = new JsonObject
        {
            ["type"] = "message",
            ["mode"] = "active",
            ["timestamp"] = Start.ToUnixTimeMilliseconds() + n,
            ["source"] = new JsonObject { ["type"] = "user", ["userId"] = userId },
            ["webhookEventId"] = "01TESTEVENT" + n.ToString("D15"),
            ["deliveryContext"] = new JsonObject { ["isRedelivery"] = false },
            ["replyToken"] = "token" + n,
            ["message"] = new JsonObject { ["type"] = "text", ["id"] = n.ToString(), ["text"] = text },
        }.ToJsonString();
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var row = new InboxEvent
        {
            WebhookEventId = "01TESTEVENT" + n.ToString("D15"),
            ChatKey = Services.GetRequiredService<BlindIndex>().Chat(userId),
            EventType = "message",
            EventTimestamp = Start.ToUnixTimeMilliseconds() + n,
            ReceivedAt = Start.ToUnixTimeMilliseconds(),
            Payload = payload ?? Services.GetRequiredService<FieldCipher>().EncryptText(json, WebhookReceiver.InboxPurpose),
            Status = InboxStatus.Pending,
        };
        db.InboxEvents.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }

    private async Task<(int Status, int Attempts)> StatusAsync(long id)
    {
        await using var scope = Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<ItaBotDb>().InboxEvents.AsNoTracking().SingleAsync(e => e.Id == id);
        return (row.Status, row.Attempts);
    }

    private Task<List<string>> HandledAsync() => ActionsAsync(ScriptedHandler.Handled);

    private async Task<List<string>> ActionsAsync(string action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ItaBotDb>().AuditEntries
            .Where(a => a.Action == action).OrderBy(a => a.Subject).Select(a => a.Subject).ToListAsync();
    }

    public ValueTask DisposeAsync() => _core.DisposeAsync();

    /// <summary>
    /// Writes and saves a row first, as real features do mid-turn, then throws for the text "boom": the saved row
    /// must vanish with the turn.
    /// </summary>
    private sealed class ScriptedHandler(Attempts attempts) : ITurnHandler
    {
        public const string HalfDone = "test.half_done";
        public const string Handled = "test.handled";
        public const string Apology = "test.apology";

        public Task HandleAsync(Turn turn, CancellationToken ct)
        {
            var text = turn.Event.Message?.Text ?? "";
            attempts.Texts.Add(text);
            AuditLog.Add(turn.Db, turn.Now, "test", text == "boom" ? HalfDone : Handled, text);
            turn.Db.SaveChanges();
            if (text == "boom") throw new InvalidOperationException("scripted failure");
            return Task.CompletedTask;
        }

        public void Apologise(Turn turn) => AuditLog.Add(turn.Db, turn.Now, "test", Apology, turn.Event.Message?.Text ?? "");
    }

    /// <summary>Every turn the handler was given, in order, failed ones included (their database writes are undone).</summary>
    private sealed class Attempts
    {
        public List<string> Texts { get; } = [];
    }
}
