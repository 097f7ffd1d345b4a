using ItaBot.Staff;
using ItaBot.Storage;

namespace ItaBot.Cli;

public sealed class InviteVerb : ICliVerb
{
    public string Name => "invite";
    public string Usage => "invite --role admin|officer|staff [--unit \"<unit>\"] [--name \"<name>\"] [--hours 72]";

    public async Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct)
    {
        var role = args.Required("role");
        if (!StaffRole.IsValid(role)) throw new CliUsageException($"--role must be admin, officer or staff, not '{role}'");
        var unit = args.Option("unit") ?? (role == StaffRole.Admin ? "สำนักปลัด" : throw new CliUsageException("--unit is required for officer and staff"));
        if (string.IsNullOrWhiteSpace(unit)) throw new CliUsageException("--unit needs a unit's name, e.g. --unit \"กองคลัง\"");
        var hours = args.WholeNumber("hours", DefaultHours, MaxHours);
        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var enrollment = scope.ServiceProvider.GetRequiredService<StaffEnrollment>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var (member, code) = await enrollment.InviteAsync(db, role, unit, args.Option("name"), now, ct, TimeSpan.FromHours(hours));
        context.Output.WriteLine($"staff #{member.Id}: role {role}, unit {member.Unit}; code valid for {hours} h, once.");
        context.Output.WriteLine($"The person sends this to the LINE OA in a 1:1 chat: ลงทะเบียน {code}");
        context.Output.WriteLine(code);
        return 0;
    }

    private const int DefaultHours = 72;
    private const int MaxHours = 24 * 30;
}
