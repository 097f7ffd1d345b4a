using Microsoft.Data.Sqlite;

namespace ItaBot.Storage;

/// <summary>
/// Empties the WAL into the database file and truncates it, so deleted rows leave no old page copies behind. A reader
/// of the running bot can hold the checkpoint back for a moment (SQLite then reports busy rather than waiting), so
/// it is tried again for a little while; false when readers kept it back throughout.
/// </summary>
public static class WalTruncation
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    public static bool Run(SqliteConnection connection)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            if (TryOnce(connection)) return true;
            if (DateTime.UtcNow >= deadline) return false;
            Thread.Sleep(Pause);
        }
    }

    public static bool Run(Database database)
    {
        using var connection = database.Open();
        return Run(connection);
    }

    private static bool TryOnce(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        using var reader = command.ExecuteReader();
        // The first column is 1 when the checkpoint could not finish because of other connections.
        return reader.Read() && reader.GetInt64(0) == 0;
    }
}
