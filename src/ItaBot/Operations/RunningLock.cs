using ItaBot.Storage;

namespace ItaBot.Operations;

/// <summary>
/// While the bot runs it holds an exclusive lock on "&lt;database&gt;.running" (flock on Linux, released by the
/// kernel even after a SIGKILL). `restore` takes the same lock, so it cannot swap the database under a running bot.
/// </summary>
public sealed class RunningLock(Database database) : IHostedService, IDisposable
{
    private FileStream? _held;

    public static string PathFor(string databasePath) => databasePath + ".running";

    /// <summary>Null when someone (the bot) already holds it.</summary>
    public static FileStream? TryAcquire(string databasePath)
    {
        try
        {
            return new FileStream(PathFor(databasePath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) { return null; }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.FilePath is not { } path) return Task.CompletedTask;
        _held = TryAcquire(path) ?? throw new ItaBot.Hosting.StartupException(
            $"another process holds {PathFor(path)}: a bot is already running on this database, or a restore is in progress");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _held?.Dispose();
        _held = null;
    }
}
