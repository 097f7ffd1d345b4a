namespace ItaBot.Storage;

/// <summary>
/// Makes every commit so far durable by syncing the WAL file, after the commit and outside the writer gate. A commit
/// made with synchronous=NORMAL is complete in the WAL but not yet on disk; one fsync of the file afterwards gives the
/// guarantee synchronous=FULL gives, without every other writer waiting behind the slowest part of a commit.
/// </summary>
/// <remarks>
/// The file is opened afresh for each sync, because SQLite deletes and recreates the WAL when the last connection
/// closes, and a handle kept open would then sync a file nobody writes to any more. A missing WAL is nothing to sync:
/// frames only leave it through a checkpoint, which syncs the database file before the WAL is reset or removed.
/// SQLite keeps no locks on the WAL file itself (they are on the -shm file), so opening and closing it here cannot
/// release one of SQLite's POSIX locks.
/// </remarks>
public sealed class WalSync(string walPath)
{
    public static WalSync For(Database database) =>
        new((database.FilePath ?? throw new InvalidOperationException("An in-memory database has no WAL to sync.")) + "-wal");

    public void Flush()
    {
        FileStream wal;
        try { wal = new FileStream(walPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0); }
        catch (FileNotFoundException) { return; }
        using (wal) wal.Flush(flushToDisk: true);
    }
}
