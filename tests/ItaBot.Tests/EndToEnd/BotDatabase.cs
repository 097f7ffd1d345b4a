using ItaBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ItaBot.Tests.EndToEnd;

/// <summary>Looks into a running bot's SQLite file read-only, as an auditor would, without touching its state.</summary>
public static class BotDatabase
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public static object? Scalar(this TestBot bot, string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection($"Data Source={bot.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command.ExecuteScalar();
    }

    public static long Count(this TestBot bot, string sql, params (string Name, object Value)[] parameters) =>
        Convert.ToInt64(bot.Scalar(sql, parameters));

    public static List<object?[]> Rows(this TestBot bot, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={bot.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Polls until the query counts at least <paramref name="atLeast"/>; fails with what it saw last.</summary>
    public static async Task WaitForCountAsync(this TestBot bot, string sql, long atLeast = 1)
    {
        var deadline = DateTime.UtcNow + Patience;
        long seen;
        while ((seen = bot.Count(sql)) < atLeast)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"'{sql}' counted {seen}, expected at least {atLeast}");
            await Task.Delay(50);
        }
    }

    /// <summary>Waits until every stored event is handled and every outgoing message has left (or failed for good).</summary>
    public static Task SettledAsync(this TestBot bot) => bot.WaitForCountAsync(
        "SELECT (SELECT COUNT(*) FROM InboxArrivals) + (SELECT COUNT(*) FROM InboxEvents WHERE Status = 0) + (SELECT COUNT(*) FROM OutboxMessages WHERE Status = 0) = 0");
}
