using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ItaBot.Storage;

/// <summary>
/// Settings SQLite keeps per connection. busy_timeout makes writers wait in SQLite instead of failing with
/// "database is locked"; synchronous=FULL keeps an acknowledged complaint across a power cut; secure_delete
/// overwrites deleted rows so a purge really removes them. With <paramref name="checkpointInBackground"/>, commits
/// never checkpoint the WAL themselves (wal_autocheckpoint=0): <see cref="WalCheckpointer"/> does it beside them.
/// </summary>
public sealed class SqlitePragmas(int busyTimeoutMs, bool checkpointInBackground = false) : DbConnectionInterceptor
{
    public void Apply(DbConnection connection) => Run(connection,
        $"PRAGMA busy_timeout={busyTimeoutMs}; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;" +
        (checkpointInBackground ? " PRAGMA wal_autocheckpoint=0;" : ""));

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Lets the next commits on this connection skip their own fsync (synchronous=NORMAL) until disposed. Only for
    /// writes whose loss in a power cut is harmless because nothing has left the machine on their strength yet: the
    /// WAL is one file, so the next sync of it (<see cref="WalSync"/>, after the inbox writer's commits and after the
    /// outbox dispatcher's "sending" mark, made before every call to LINE) makes them durable too. A lost turn simply
    /// runs again from the inbox, whose rows are always synced before LINE is answered.
    /// </summary>
    public static DeferredSync DeferSync(DbConnection connection)
    {
        SkipCommitSync(connection);
        return new DeferredSync(connection);
    }

    /// <summary>
    /// Every later commit on this connection skips its own fsync (synchronous=NORMAL), for good: for a connection whose
    /// owner syncs the WAL itself after each commit (<see cref="WalSync"/>).
    /// </summary>
    public static void SkipCommitSync(DbConnection connection) => Run(connection, "PRAGMA synchronous=NORMAL;");

    private static void Run(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public readonly struct DeferredSync(DbConnection connection) : IDisposable
    {
        public void Dispose() => Run(connection, "PRAGMA synchronous=FULL;");
    }

    public SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Apply(connection);
        return connection;
    }
}
