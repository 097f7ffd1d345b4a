using ItaBot.Storage;

namespace ItaBot.Cli;

public sealed class MigrateVerb : ICliVerb
{
    public string Name => "migrate";
    public string Usage => "migrate                      apply pending database migrations (also done at every start)";

    public Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct)
    {
        using var connection = context.Services.GetRequiredService<Database>().Open();
        var versions = Migrator.AppliedVersions(connection);
        context.Output.WriteLine($"database schema at version {versions.DefaultIfEmpty().Max()} ({versions.Count} migrations applied)");
        return Task.FromResult(0);
    }
}
