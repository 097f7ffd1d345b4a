using ItaBot.Privacy;
using ItaBot.Storage;

namespace ItaBot.Cli;

public sealed class PrivacyEraseVerb : ICliVerb
{
    public string Name => "privacy erase";
    public int PositionalWords => 1;
    public string Usage => "privacy erase <lineUserId>   erase what is linked to a LINE account; says what an open case must keep";

    public async Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct)
    {
        var lineUserId = LineUserIdArgument.From(args);
        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var result = await scope.ServiceProvider.GetRequiredService<SubjectErasure>().EraseAsync(db, lineUserId, now, ct);
        context.Output.WriteLine(result.Erased.Count == 0 ? "nothing linked to this account was found to erase" : "erased:");
        foreach (var line in result.Erased) context.Output.WriteLine("  - " + line);
        if (result.Complete) return 0;
        context.Output.WriteLine("NOT erased (refused):");
        foreach (var line in result.Kept) context.Output.WriteLine("  - " + line);
        return 3;
    }
}
