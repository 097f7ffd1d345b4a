namespace ItaBot.Tests.Support;

/// <summary>The bytes a SQLite database holds on disk, read so that no page is missed.</summary>
public static class DatabaseFiles
{
    /// <summary>
    /// The WAL and the journal are read before the database: another test clearing every connection pool may
    /// checkpoint and delete them at any moment, and their pages are then in the database file read after them.
    /// </summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Read(string databasePath)
    {
        var files = new List<(string, byte[])>();
        foreach (var path in new[] { databasePath + "-wal", databasePath + "-journal", databasePath + "-shm" })
            if (TryRead(path) is { } bytes) files.Add((path, bytes));
        files.Add((databasePath, ReadWhileOpen(databasePath)));
        return files;
    }

    private static byte[]? TryRead(string path)
    {
        try
        {
            return ReadWhileOpen(path);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>A file another process or connection may still hold open, or delete meanwhile.</summary>
    public static byte[] ReadWhileOpen(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
