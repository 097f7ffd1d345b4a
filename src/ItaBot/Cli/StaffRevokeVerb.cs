using ItaBot.Audit;
using ItaBot.Staff;
using ItaBot.Staff.RichMenu;
using ItaBot.Storage;

namespace ItaBot.Cli;

public sealed class StaffRevokeVerb : ICliVerb
{
    public string Name => "staff revoke";
    public int PositionalWords => 1;
    public string Usage => "staff revoke <id>            end a staff member's powers (effective at their next message)";

    public async Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct)
    {
        if (args.Positional.Count != 1 || !long.TryParse(args.Positional[0], out var id)) throw new CliUsageException("give the staff id from `staff list`");
        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var member = await db.StaffMembers.FindAsync([id], ct);
        if (member is null)
        {
            context.Error.WriteLine($"no staff member #{id}");
            return 1;
        }
        if (member.Status == StaffStatus.Revoked)
        {
            // Revoking again would move the recorded revocation time and audit a second revocation that never was.
            var at = member.RevokedAt is { } ms ? $" on {Clock.FromMs(ms):yyyy-MM-dd HH:mm} UTC" : "";
            context.Output.WriteLine($"staff #{id} was already revoked{at}; nothing changed");
            return 0;
        }
        member.Status = StaffStatus.Revoked;
        member.RevokedAt = now.ToUnixTimeMilliseconds();
        AuditLog.Add(db, now, "cli", "staff.revoked", "staff:" + id);
        // The running bot's worker takes the staff rich menu away; this verb itself never calls LINE.
        await scope.ServiceProvider.GetRequiredService<StaffRichMenuRequests>().QueueAsync(db, member.UserHash, RichMenuLinkAction.Unlink, now, ct);
        await db.SaveChangesAsync(ct);
        context.Output.WriteLine($"staff #{id} revoked");
        return 0;
    }
}
