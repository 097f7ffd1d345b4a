using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Inbox;
using ItaBot.LineEmulator;
using ItaBot.Line.Webhook;
using Who = ItaBot.Staff.StaffRefusal.Who;
using ItaBot.Storage;
using ItaBot.Tests.EndToEnd;
using ItaBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.Authorization;

/// <summary>
/// Every staff action × every role, through the real bot. Denied means the refusal text alone, with nothing of a
/// complaint, a feedback, an activity or a staff member in it; citizens and revoked members typing staff words
/// get the ordinary citizen help, as if the words meant nothing.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    private static readonly HashSet<string> Everyone = [Role.Admin, Role.Officer, Role.Staff];
    private static readonly HashSet<string> Handlers = [Role.Admin, Role.Officer];
    private static readonly HashSet<string> Admins = [Role.Admin];
    private static readonly HashSet<string> Finance = [Role.Admin, Role.Staff];

    private static List<MatrixCase> Cases(AuthorizationWorld w) =>
    [
        new("word เรื่องร้องเรียน", "เรื่องร้องเรียน", true, Handlers, Who.Handlers),
        new("cases", "s|cases", false, Handlers, Who.Handlers),
        new("case", $"s|case|{w.ComplaintId}", false, Handlers, Who.Handlers),
        new("identity", $"s|identity|{w.ComplaintId}", false, Handlers, Who.Handlers),
        new("move", $"s|move|{w.ComplaintId}|review", false, Handlers, Who.Handlers),
        new("note", $"s|note|{w.ComplaintId}", false, Handlers, Who.Handlers),
        new("word ความคิดเห็น", "ความคิดเห็น", true, Everyone),
        new("feedback", "s|feedback", false, Everyone),
        new("fb of สำนักปลัด", $"s|fb|{w.FeedbackId}", false, Admins, Who.Unit),
        new("fbans of สำนักปลัด", $"s|fbans|{w.FeedbackId}", false, Admins, Who.Unit),
        new("fbdone of สำนักปลัด", $"s|fbdone|{w.FeedbackId}", false, Admins, Who.Unit),
        new("word งานของฉัน", "งานของฉัน", true, Everyone),
        new("mywork", "s|mywork", false, Everyone),
        new("mywork page", "s|mywork|1", false, Everyone),
        new("act of กองคลัง", $"s|act|{w.ActivityId}", false, Finance, Who.Unit),
        new("act that does not exist", "s|act|999999", false, new HashSet<string>(), Who.Unit),
        new("word มาตรการ", "มาตรการ", true, Everyone),
        new("measures", "s|measures", false, Everyone),
        new("staffadmin", "s|staffadmin", false, Admins, Who.Admins),
        new("revoke", $"s|revoke|{w.TargetId}", false, Admins, Who.Admins),
        new("revoke confirmed", $"s|revoke|{w.TargetId}|yes", false, Admins, Who.Admins),
        new("word รายงาน", "รายงาน", true, Admins, Who.Admins),
        new("word ปิดสรุปรายวัน", "ปิดสรุปรายวัน", true, Admins, Who.Admins),
        new("unknown staff action", "s|nosuchthing", false, Everyone),
    ];

    [Fact]
    public async Task Every_staff_action_is_allowed_or_refused_by_role_and_refusals_reveal_nothing()
    {
        await using var bot = await TestBot.StartAsync();
        var world = await AuthorizationWorld.BuildAsync(bot);
        var texts = bot.Services.GetRequiredService<Texts>();
        var help = texts.Plain("menu.help", bot.Services.GetRequiredService<OrganisationContact>().Values());
        var anyRefusal = Refusals.All(texts);
        var failures = new List<string>();

        foreach (var c in Cases(world))
        foreach (var role in Role.All)
        {
            var replies = await AskAsync(bot, world.Users[role], c);
            var allowed = c.Allowed.Contains(role);
            var staffLike = role is Role.Admin or Role.Officer or Role.Staff;
            var refusal = staffLike ? c.Refusal is { } who ? Refusals.Text(texts, who) : null
                : c.IsWord ? help : Refusals.Text(texts, Who.Registered);
            var refused = replies.Count == 1 && replies[0].Text == refusal;
            if (allowed && replies.Any(r => r.Text == refusal || anyRefusal.Contains(r.Text ?? "")))
                failures.Add($"{role} × {c.Name}: refused but should be allowed");
            if (!allowed && !refused)
                failures.Add($"{role} × {c.Name}: expected only '{refusal}', got: {string.Join(" / ", replies.Select(r => r.Text))}");
            if (!allowed && replies.Any(r => world.Secrets.Any(s => r.Text?.Contains(s) == true)))
                failures.Add($"{role} × {c.Name}: a refusal revealed something");
        }

        Assert.Empty(failures);
        Assert.Equal("revoked", bot.Scalar("SELECT Status FROM StaffMembers WHERE Id = $id", ("$id", world.TargetId)));
        Assert.Equal(1, bot.Count("SELECT COUNT(*) FROM AuditEntries WHERE Action = 'staff.revoked' AND Subject = $s AND Detail = 'chat'",
            ("$s", "staff:" + world.TargetId)));
        var next = await AskAsync(bot, world.TargetUser, new MatrixCase("next message", "งานของฉัน", true, new HashSet<string>()));
        Assert.Equal(help, Assert.Single(next).Text);
    }

    [Fact]
    public async Task Flow_actions_recheck_the_sender_at_the_moment_of_saving_whatever_the_flow_carried()
    {
        await using var bot = await TestBot.StartAsync();
        var world = await AuthorizationWorld.BuildAsync(bot);
        var texts = bot.Services.GetRequiredService<Texts>();
        var actions = new (string Action, Dictionary<string, string> Slots, HashSet<string> Allowed, string Refusal)[]
        {
            ("staff.activity.update", new() { ["activity_id"] = world.ActivityId.ToString(), ["status"] = "done" }, Finance, Who.Unit),
            ("staff.case.move", new() { ["case_id"] = world.ComplaintId.ToString(), ["target"] = "review", ["note"] = "ตรวจแล้ว" }, Handlers, Who.Handlers),
            ("staff.case.public_note", new() { ["case_id"] = world.ComplaintId.ToString(), ["note"] = "รับเรื่องแล้ว" }, Handlers, Who.Handlers),
            ("staff.feedback.answer", new() { ["feedback_id"] = world.FeedbackId.ToString(), ["answer"] = "ขอบคุณค่ะ" }, Admins, Who.Unit),
        };
        var failures = new List<string>();

        foreach (var (action, slots, allowed, refusal) in actions)
        foreach (var role in Role.All)
        {
            await using var scope = bot.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
            var handler = scope.ServiceProvider.GetServices<IFlowAction>().Single(a => a.Action == action);
            var turn = new Turn(db, Postback(world.Users[role]), DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
            var completion = new FlowCompletion("test", action, slots.ToDictionary(kv => kv.Key, kv => new SlotValue(kv.Value, kv.Value)));
            var said = (await handler.RunAsync(turn, completion, default)).OfType<ItaBot.Line.Messaging.TextMessage>().Select(m => m.Text).ToList();
            var expected = Refusals.Text(texts, role is Role.Citizen or Role.Revoked ? Who.Registered : refusal);
            var refused = said.Count == 1 && said[0] == expected;
            if (allowed.Contains(role) == refused)
                failures.Add($"{role} × {action}: {(refused ? "refused" : "allowed")}: {string.Join(" / ", said)}");
            // Nothing is saved: the matrix asks each role in turn about the same untouched records.
        }

        Assert.Empty(failures);
    }

    private static WebhookEvent Postback(string userId) => new()
    {
        Type = WebhookEventTypes.Postback,
        Source = new EventSource { Type = "user", UserId = userId },
        WebhookEventId = Guid.NewGuid().ToString("N"),
    };

    /// <summary>Sends the input and returns the bot's reply to it; alert pushes that may arrive meanwhile are not replies.</summary>
    private static async Task<List<DeliveredMessage>> AskAsync(TestBot bot, string user, MatrixCase c)
    {
        var before = bot.Line.MessagesTo(user).Count;
        if (c.IsWord) await bot.Line.SendTextAsync(user, c.Input);
        else await bot.Line.SendPostbackAsync(user, c.Input);
        var until = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var replies = bot.Line.MessagesTo(user).Skip(before).Where(m => m.Via == "reply").ToList();
            if (replies.Count > 0) return replies;
            Assert.True(DateTime.UtcNow < until, $"no reply to {c.Name} within 15 s");
            await Task.Delay(50);
        }
    }
}
