using ItaBot.Storage;
using ItaBot.Tests.Measures;

namespace ItaBot.Tests.Core;

public sealed class WalTruncationTests : IDisposable
{
    private readonly MeasuresDb _db = new();

    [Fact]
    public async Task A_reader_holding_the_wal_delays_the_truncation_until_it_lets_go_instead_of_leaving_old_pages()
    {
        using var reader = _db.Database.Open();
        using var writer = _db.Database.Open();
        Execute(writer, "CREATE TABLE Canary (Text TEXT); INSERT INTO Canary VALUES ('old page copy')");
        using var snapshot = reader.BeginTransaction(deferred: true);
        Execute(reader, "SELECT COUNT(*) FROM Canary", snapshot);
        Execute(writer, "DELETE FROM Canary");

        var truncation = Task.Run(() => WalTruncation.Run(writer));
        await Task.Delay(200);
        Assert.False(truncation.IsCompleted);
        snapshot.Commit();

        Assert.True(await truncation);
        Assert.Equal(0, new FileInfo(WalPath(writer)).Length);
    }

    private static string WalPath(Microsoft.Data.Sqlite.SqliteConnection connection) => connection.DataSource + "-wal";

    private static void Execute(Microsoft.Data.Sqlite.SqliteConnection connection, string sql, Microsoft.Data.Sqlite.SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _db.Dispose();
}
