using ItaBot.Tests.Support;
using System.Text.Json;
using ItaBot.Alerts;
using ItaBot.Complaints;
using ItaBot.Hosting;
using ItaBot.Outbox;
using ItaBot.People;
using ItaBot.Security;
using ItaBot.Staff;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.Alerts;

/// <summary>
/// The bot's services on a real, migrated SQLite file in a temp folder, without the web host or LINE: for
/// driving the alert and case code directly with a manual clock and reading what it queued in the outbox.
/// </summary>
internal sealed class ServiceHarness : IAsyncDisposable
{
    private readonly CoreServices _core;
    private int _next;

    private ServiceHarness(CoreServices core, ManualClock clock)
    {
        _core = core;
        Clock = clock;
    }

    public string Directory => _core.Directory;
    public ManualClock Clock { get; }
    public IServiceProvider Services => _core.Provider;

    public static ServiceHarness Create(DateTimeOffset start, Action<Dictionary<string, string?>>? configure = null)
    {
        var clock = new ManualClock(start);
        var core = CoreServices.Create("alerts", clock, services =>
        {
            services.AddSingleton<OutboxSignal>();
            services.AddSingleton<AlertScheduler>();
        }, settings =>
        {
            settings["Alerts:QuietFrom"] = "00:00";
            settings["Alerts:QuietUntil"] = "00:00";
            configure?.Invoke(settings);
        });
        return new ServiceHarness(core, clock);
    }

    public T Get<T>() where T : notnull => _core.Provider.GetRequiredService<T>();

    public async Task<T> WithDbAsync<T>(Func<ItaBotDb, Task<T>> work)
    {
        await using var scope = _core.Provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var result = await work(db);
        await db.SaveChangesAsync();
        return result;
    }

    public Task<AlertRound> RunAlertsAsync() => Get<AlertScheduler>().RunOnceAsync(Clock.GetUtcNow(), CancellationToken.None);

    /// <summary>An enrolled, active member with a LINE account the bot has met; returns the member and their LINE id.</summary>
    public Task<(StaffMember Member, string UserId)> AddStaffAsync(string role, string unit, bool digestMuted = false) =>
        WithDbAsync(async db =>
        {
            var userId = "U" + Guid.NewGuid().ToString("N");
            var users = Get<LineUserDirectory>();
            await users.TouchAsync(db, userId, Clock.GetUtcNow(), CancellationToken.None);
            var member = new StaffMember
            {
                UserHash = users.Hash(userId), Role = role, Unit = unit, Status = StaffStatus.Active,
                CreatedAt = Clock.GetUtcNow().ToUnixTimeMilliseconds(), EnrolledAt = Clock.GetUtcNow().ToUnixTimeMilliseconds(),
                DigestMuted = digestMuted,
            };
            db.StaffMembers.Add(member);
            return (member, userId);
        });

    /// <summary>A citizen the bot has met (so a push can find them).</summary>
    public Task<string> AddCitizenAsync() => WithDbAsync(async db =>
    {
        var userId = "U" + Guid.NewGuid().ToString("N");
        await Get<LineUserDirectory>().TouchAsync(db, userId, Clock.GetUtcNow(), CancellationToken.None);
        return userId;
    });

    public Task<Complaint> AddComplaintAsync(string stage, DateTimeOffset stageDue, string? complainantUserId = null,
        string what = "เรียกเงินสามพันบาทเพื่อเร่งออกใบอนุญาต") => WithDbAsync(db =>
    {
        var n = Interlocked.Increment(ref _next);
        var cipher = Get<FieldCipher>();
        var now = Clock.GetUtcNow();
        var c = new Complaint
        {
            FiscalYear = 2569, Sequence = n, CaseNo = $"ทจ-2569-{n:0000}", ReceiptHash = "receipt-" + n,
            Anonymous = complainantUserId is null,
            ComplainantHash = complainantUserId is null ? null : Get<BlindIndex>().User(complainantUserId),
            Content = cipher.EncryptText(JsonSerializer.Serialize(new ComplaintContent("นายก", what, null, null, null, null, 0)),
                ComplaintService.ContentPurpose),
            Identity = complainantUserId is null ? null : cipher.EncryptText(
                JsonSerializer.Serialize(new ComplainantIdentity("สมศรี ใจดี", "0812345678")), ComplaintService.IdentityPurpose),
            Stage = stage, ReceivedAt = now.ToUnixTimeMilliseconds(), ReviewDue = stageDue.ToUnixTimeMilliseconds(),
            ResultDue = stageDue.AddDays(14).ToUnixTimeMilliseconds(), StageDue = stageDue.ToUnixTimeMilliseconds(),
            UpdatedAt = now.ToUnixTimeMilliseconds(),
        };
        db.Complaints.Add(c);
        return Task.FromResult(c);
    });

    /// <summary>Queued pushes to one person: (purpose, the JSON of the messages, not before).</summary>
    public Task<List<QueuedPush>> PushesToAsync(string userId) => WithDbAsync(async db =>
    {
        var key = Get<BlindIndex>().Chat(userId);
        var cipher = Get<FieldCipher>();
        var rows = await db.OutboxMessages.AsNoTracking().Where(o => o.ChatKey == key).OrderBy(o => o.Id).ToListAsync();
        return rows.Select(r => new QueuedPush(r.Purpose, cipher.DecryptText(r.Messages, OutboxComposer.MessagesPurpose),
            DateTimeOffset.FromUnixTimeMilliseconds(r.NextAttemptAt))).ToList();
    });

    public ValueTask DisposeAsync() => _core.DisposeAsync();
}

internal sealed record QueuedPush(string Purpose, string Json, DateTimeOffset NotBefore)
{
    /// <summary>The JSON with its \u escapes undone, so Thai text can be searched for.</summary>
    public string Text => System.Text.RegularExpressions.Regex.Unescape(Json);
}
