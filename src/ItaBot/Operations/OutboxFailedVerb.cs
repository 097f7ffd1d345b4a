using ItaBot.Cli;
using ItaBot.Outbox;
using ItaBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Operations;

/// <summary>
/// `outbox failed`: messages LINE refused for good (a person blocked the account, a bad request, a key past 24 h).
/// They are never retried; this is where an admin sees them. No recipient or message text is shown.
/// </summary>
public sealed class OutboxFailedVerb : ICliVerb
{
    public string Name => "outbox failed";
    public string Usage => "outbox failed [--days 7]        list messages LINE refused for good (never retried)";

    public async Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct)
    {
        var days = args.WholeNumber("days", DefaultDays, MaxDays);
        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var since = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-days).ToUnixTimeMilliseconds();
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(o => o.Status == OutboxStatus.Failed && o.CreatedAt >= since)
            .OrderByDescending(o => o.Id).Take(500).ToListAsync(ct);
        context.Output.WriteLine($"{rows.Count} failed message(s) in the last {days} day(s)");
        context.Output.WriteLine("id\tcreated (UTC)\tpurpose\tvia\tattempts\toutcome\tchat");
        foreach (var o in rows)
            context.Output.WriteLine($"{o.Id}\t{Clock.FromMs(o.CreatedAt):yyyy-MM-dd HH:mm}\t{o.Purpose}\t{o.Kind}\t{o.Attempts}\t{o.LastOutcome}\t{o.ChatKey[..8]}");
        return 0;
    }

    private const int DefaultDays = 7;
    private const int MaxDays = 3660;
}
