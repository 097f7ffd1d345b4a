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
        if (builder.DefaultTimeout < 30) builder.DefaultTimeout = 30;
        return builder.ToString();
    }

    /// <summary>Creates the database (and its folder) if it is not there yet and brings its schema up to date.</summary>
    public void Migrate()
    {
        // Here rather than when the settings are read: a verb that never opens the database (keys init) leaves no
        // empty data folder behind.
        if (FilePath is { } file) Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var connection = Open();
        Migrator.Migrate(connection);
    }
}
