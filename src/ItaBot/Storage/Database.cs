using Microsoft.Data.Sqlite;

namespace ItaBot.Storage;

/// <summary>Where the database is and how to open it with the right settings.</summary>
public sealed class Database(string connectionString, SqlitePragmas pragmas)
{
    public string ConnectionString { get; } = connectionString;
    public SqlitePragmas Pragmas { get; } = pragmas;

    public SqliteConnection Open() => Pragmas.Open(ConnectionString);

    public string? FilePath => new SqliteConnectionStringBuilder(ConnectionString).DataSource is { Length: > 0 } path
        && path != ":memory:" ? Path.GetFullPath(path) : null;

    public static string Normalise(string? configured)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=data/itabot.db" : configured);
        if (builder.DataSource is { Length: > 0 } path && path != ":memory:")
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (builder.DefaultTimeout < 30) builder.DefaultTimeout = 30;
        return builder.ToString();
    }

    public void Migrate()
    {
        using var connection = Open();
        Migrator.Migrate(connection);
    }
}
