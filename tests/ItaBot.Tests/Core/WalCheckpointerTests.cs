using ItaBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace ItaBot.Tests.Core;

public sealed class WalCheckpointerTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "itabot-wal-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly Database _database;

    public WalCheckpointerTests()
    {
        Directory.CreateDirectory(_directory);
        _database = new Database(Database.Normalise("Data Source=" + Path.Combine(_directory, "itabot.db")),
            new SqlitePragmas(5000, checkpointInBackground: true));
        _database.Migrate();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void With_background_checkpoints_a_commit_leaves_the_wal_to_the_checkpointer()
    {
        using var writer = _database.Open();
        Write(writer, 3000);

        using var reader = _database.Open();
        var (walPages, copied) = WalCheckpointer.Checkpoint(reader);

        Assert.True(walPages > 1000, $"the commits checkpointed the WAL themselves ({walPages} pages left)");
        Assert.Equal(walPages, copied);
    }

    [Fact]
    public async Task Under_writes_without_pause_the_checkpointer_still_has_the_wal_start_over_once_it_passes_the_limit()
    {
        const long limit = 400;
        var gate = new WriteGate();
        var checkpointer = new WalCheckpointer(_database, gate, TimeProvider.System, NullLogger<WalCheckpointer>.Instance, limit);
        using var writer = _database.Open();
        var written = 0;
        var starts = new HashSet<long>();
        await checkpointer.StartAsync(CancellationToken.None);
        try
        {
            // Back-to-back commits, as under load: a write never begins with the whole WAL copied unless the
            // checkpointer makes it so.
            var until = DateTime.UtcNow + TimeSpan.FromSeconds(3);
            while (DateTime.UtcNow < until)
            {
                using (await gate.EnterAsync("test", CancellationToken.None)) Write(writer, 20);
                written += 20;
                if (WalSalt() is { } salt) starts.Add(salt);
            }
        }
        finally { await checkpointer.StopAsync(CancellationToken.None); }

        Assert.True(written > limit * 10, $"only {written} rows were written; the WAL never passed the limit often enough to tell");
        // Without the pass that holds the writers, the WAL never starts over under this load: one salt all along.
        Assert.True(starts.Count >= 2, $"the WAL started over {starts.Count - 1} times while {written:N0} rows were written");
        using var reader = _database.Open();
        using var count = reader.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Settings";
        Assert.Equal(written, (long)count.ExecuteScalar()!);
    }

    /// <summary>The WAL header's salt (bytes 16-23), which SQLite changes each time the WAL starts over.</summary>
    private long? WalSalt()
    {
        try
        {
            using var wal = new FileStream(Path.Combine(_directory, "itabot.db-wal"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var header = new byte[24];
            return wal.Read(header, 0, header.Length) == header.Length ? BitConverter.ToInt64(header, 16) : null;
        }
        catch (FileNotFoundException) { return null; }
    }

    private static void Write(SqliteConnection connection, int rows)
    {
        using var tx = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT INTO Settings (Key, Value) VALUES ($k, $v)";
        var key = insert.Parameters.Add("$k", SqliteType.Text);
        insert.Parameters.AddWithValue("$v", new string('x', 3500));
        for (var i = 0; i < rows; i++)
        {
            key.Value = Guid.NewGuid().ToString("N");
            insert.ExecuteNonQuery();
        }
        tx.Commit();
    }
}
