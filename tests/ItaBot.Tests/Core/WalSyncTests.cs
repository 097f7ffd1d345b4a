using ItaBot.Storage;
using ItaBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ItaBot.Tests.Core;

public sealed class WalSyncTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "itabot-walsync-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly Database _database;

    public WalSyncTests()
    {
        Directory.CreateDirectory(_directory);
        _database = new Database(Database.Normalise("Data Source=" + Path.Combine(_directory, "itabot.db")), new SqlitePragmas(0));
        _database.Migrate();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { }
    }

    [Fact]
    public void Syncing_leaves_the_writer_lock_of_another_connection_in_this_process_in_place()
    {
        using var holder = _database.Open();
        using var writing = holder.BeginTransaction(deferred: false);
        Execute(holder, "INSERT INTO Settings (Key, Value) VALUES ('k', 'v')");

        WalSync.For(_database).Flush();

        using var other = _database.Open();
        var refused = Assert.Throws<SqliteException>(() => Execute(other, "BEGIN IMMEDIATE"));
        Assert.Equal(5, refused.SqliteErrorCode); // SQLITE_BUSY: the first connection still holds the lock
    }

    [Fact]
    public void Syncing_changes_nothing_in_the_wal_and_a_missing_wal_is_nothing_to_sync()
    {
        using (var connection = _database.Open()) Execute(connection, "INSERT INTO Settings (Key, Value) VALUES ('k', 'v')");
        var wal = Path.Combine(_directory, "itabot.db-wal");
        using (var keepOpen = _database.Open())
        {
            var before = DatabaseFiles.ReadWhileOpen(wal);
            WalSync.For(_database).Flush();
            Assert.Equal(before, DatabaseFiles.ReadWhileOpen(wal));
        }
        SqliteConnection.ClearAllPools();
        Assert.False(File.Exists(wal));

        WalSync.For(_database).Flush();

        Assert.False(File.Exists(wal));
    }

    [Fact]
    public void An_in_memory_database_is_refused_with_a_reason()
    {
        var e = Assert.Throws<InvalidOperationException>(() => WalSync.For(new Database("Data Source=:memory:", new SqlitePragmas(0))));
        Assert.Contains("in-memory", e.Message);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        // Microsoft.Data.Sqlite retries a busy database until the command times out; a second is plenty here.
        command.CommandTimeout = 1;
        command.ExecuteNonQuery();
    }
}
