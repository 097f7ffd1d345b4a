using ItaBot.Operations;
using ItaBot.Storage;
using Microsoft.Data.Sqlite;

namespace ItaBot.Cli;

public sealed class RestoreVerb : ICliVerb
{
    public string Name => "restore";
    public string Usage => "restore --from <file>        replace the database with a backup (the bot must be stopped)";

    public Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct)
    {
        var source = Path.GetFullPath(args.Required("from"));
        if (!File.Exists(source))
            throw new CliUsageException(Directory.Exists(source) ? $"{source} is a folder; give the backup file" : $"{source} does not exist");
        var database = context.Services.GetRequiredService<Database>();
        var target = database.FilePath ?? throw new CliUsageException("the configured database is not a file");
        var check = context.Services.GetRequiredService<DatabaseCheck>();

        DatabaseCheck.Report before;
        try { before = check.Run(source); }
        catch (SqliteException e)
        {
            context.Error.WriteLine($"{source} is not an ItaBot backup (SQLite: {e.Message}); nothing was changed");
            return Task.FromResult(1);
        }
        if (before.Integrity != "ok")
        {
            context.Error.WriteLine($"{source} fails SQLite's integrity check ({before.Integrity}); nothing was changed");
            return Task.FromResult(1);
        }
        using var running = RunningLock.TryAcquire(target);
        if (running is null)
        {
            context.Error.WriteLine($"the bot is running on {target} (it holds {RunningLock.PathFor(target)}); stop it first, then restore");
            return Task.FromResult(1);
        }
        SqliteConnection.ClearAllPools();
        var kept = target + ".before-restore-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
        var staging = target + ".restoring";
        File.Copy(source, staging, overwrite: true);
        if (File.Exists(target))
        {
            Checkpoint(database);
            SqliteConnection.ClearAllPools();
            File.Move(target, kept);
        }
        foreach (var side in new[] { "-wal", "-shm" }) File.Delete(target + side);
        File.Move(staging, target);
        database.Migrate();

        var after = check.Run(target);
        context.Output.WriteLine($"restored {source} to {target}" + (File.Exists(kept) ? $" (the previous database was kept as {kept})" : ""));
        DatabaseCheck.Print(after, context.Output);
        if (after.Undecryptable > 0)
            context.Output.WriteLine("WARNING: some content does not open with the configured key ring; restore the key ring that was in use when the backup was taken.");
        context.Output.WriteLine("The key ring is not part of the backup: it must come from its own, separate backup.");
        return Task.FromResult(after.Passed ? 0 : 1);
    }

    private static void Checkpoint(Database database) => WalTruncation.Run(database);
}
