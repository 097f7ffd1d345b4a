using Microsoft.Data.Sqlite;

namespace ItaBot.Tests.Reliability;

/// <summary>Reads the bot's database from outside, the way an operator's sqlite3 would (WAL lets it read while the bot writes).</summary>
public static class DatabaseProbe
{
    public static long Scalar(string databasePath, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L);
    }

    public static List<T> Rows<T>(string databasePath, string sql, Func<SqliteDataReader, T> read)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    /// <summary>Waits until nothing is pending in the inbox or the outbox (the bot has caught up).</summary>
    public static async Task<bool> DrainedAsync(string databasePath, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(databasePath)
                && Scalar(databasePath, "SELECT (SELECT COUNT(*) FROM InboxArrivals) + (SELECT COUNT(*) FROM InboxEvents WHERE Status = 0) + (SELECT COUNT(*) FROM OutboxMessages WHERE Status = 0)") == 0)
                return true;
            await Task.Delay(200);
        }
        return false;
    }
}
