using System.Reflection;
using Microsoft.Data.Sqlite;

namespace ItaBot.Storage;

/// <summary>
/// Applies the numbered SQL scripts in Storage/Migrations that a database has not seen yet, each in its own
/// transaction, and records them in SchemaMigrations. Scripts are only ever added, never edited, so an existing
/// database upgrades in place without losing data.
/// </summary>
public static class Migrator
{
    private const string Prefix = "ItaBot.Storage.Migrations.";

    public static IReadOnlyList<(int Version, string Name, string Sql)> Scripts() =>
        typeof(Migrator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^4])
            .Select(n => (Version: int.Parse(n[..4]), Name: n, Sql: Read(Prefix + n + ".sql")))
            .OrderBy(s => s.Version)
            .ToList();

    public static IReadOnlyList<int> Migrate(SqliteConnection connection, int? upTo = null)
    {
        EnableWal(connection);
        Execute(connection, "CREATE TABLE IF NOT EXISTS SchemaMigrations (Version INTEGER PRIMARY KEY, Name TEXT NOT NULL, AppliedAt TEXT NOT NULL);");
        var applied = AppliedVersions(connection);
        var done = new List<int>();
        foreach (var script in Scripts().Where(s => !applied.Contains(s.Version) && (upTo is null || s.Version <= upTo)))
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, script.Sql, tx);
            using var record = connection.CreateCommand();
            record.Transaction = tx;
            record.CommandText = "INSERT INTO SchemaMigrations (Version, Name, AppliedAt) VALUES ($v, $n, $at)";
            record.Parameters.AddWithValue("$v", script.Version);
            record.Parameters.AddWithValue("$n", script.Name);
            record.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
            record.ExecuteNonQuery();
            tx.Commit();
            done.Add(script.Version);
        }
        return done;
    }

    public static HashSet<int> AppliedVersions(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Version FROM SchemaMigrations";
        using var reader = command.ExecuteReader();
        var versions = new HashSet<int>();
        while (reader.Read()) versions.Add(reader.GetInt32(0));
        return versions;
    }

    private static void EnableWal(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        var mode = command.ExecuteScalar() as string;
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"could not switch the database to WAL (journal_mode={mode})");
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
