using ItaBot.Staff;
using ItaBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Cli;

public sealed class StaffListVerb : ICliVerb
{
    public string Name => "staff list";
    public string Usage => "staff list                   list staff with role, unit and status";

    public async Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct)
    {
        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var enrollment = scope.ServiceProvider.GetRequiredService<StaffEnrollment>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var members = await db.StaffMembers.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct);
        var shown = await ShownStaffStatus.LoadAsync(db, now, ct);
        context.Output.WriteLine("id\trole\tunit\tstatus\tname");
        foreach (var m in members)
            context.Output.WriteLine($"{m.Id}\t{m.Role}\t{m.Unit}\t{shown.Of(m)}\t{enrollment.NameOf(m) ?? "-"}");
        var invited = members.Count(m => shown.Of(m) == StaffStatus.Invited);
        context.Output.WriteLine($"{members.Count(m => m.Status == StaffStatus.Active)} active; {invited} invited, not yet enrolled");
        return 0;
    }
}
