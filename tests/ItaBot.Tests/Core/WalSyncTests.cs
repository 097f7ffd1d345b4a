using ItaBot.Storage;
using ItaBot.Tests.Measures;
using ItaBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ItaBot.Tests.Core;

public sealed class WalSyncTests : IDisposable
{
    private readonly MeasuresDb _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Syncing_leaves_the_writer_lock_of_another_connection_in_this_process_in_place()
    {
        using var holder = _files.Database.Open();
        using var writing = holder.BeginTransaction(deferred: false);
        Execute(holder, "INSERT INTO Settings (Key, Value) VALUES ('k', 'v')");

        WalSync.For(_files.Database).Flush();

        using var other = _files.Database.Open();
        Execute(other, "PRAGMA busy_timeout=0");
        var refused = Assert.Throws<SqliteException>(() => Execute(other, "BEGIN IMMEDIATE"));
        Assert.Equal(5, refused.SqliteErrorCode); // SQLITE_BUSY: the first connection still holds the lock
    }

    [Fact]
    public void Syncing_changes_nothing_in_the_wal_and_a_missing_wal_is_nothing_to_sync()
    {
        using (var connection = _files.Database.Open()) Execute(connection, "INSERT INTO Settings (Key, Value) VALUES ('k', 'v')");
        var wal = _files.Database.FilePath + "-wal";
        using (var keepOpen = _files.Database.Open())
        {
            var before = DatabaseFiles.ReadWhileOpen(wal);
            WalSync.For(_files.Database).Flush();
            Assert.Equal(before, DatabaseFiles.ReadWhileOpen(wal));
        }
        SqliteConnection.ClearAllPools();
        Assert.False(File.Exists(wal));

        WalSync.For(_files.Database).Flush();

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
