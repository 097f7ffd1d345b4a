using ItaBot.Storage;
using Microsoft.Data.Sqlite;

namespace ItaBot.Tests.Core;

public sealed class MigratorTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "itabot-migrate-" + Guid.NewGuid().ToString("N")[..12]);

    public MigratorTests() => Directory.CreateDirectory(directory);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "itabot.db")};Pooling=False");
        connection.Open();
        return connection;
    }

    [Fact]
    public void A_fresh_database_gets_every_script_in_order()
    {
        using var connection = Open();

        var applied = Migrator.Migrate(connection);

        var all = Migrator.Scripts().Select(s => s.Version).ToList();
        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
        Assert.Equal(all.Order(), Migrator.AppliedVersions(connection).Order());
    }

    [Fact]
    public void Script_numbers_are_unique_and_start_at_one()
    {
        var versions = Migrator.Scripts().Select(s => s.Version).ToList();

        Assert.Equal(1, versions[0]);
        Assert.Equal(versions.Count, versions.Distinct().Count());
    }

    [Fact]
    public void Migrating_again_applies_nothing()
    {
        using var connection = Open();
        Migrator.Migrate(connection);

        Assert.Empty(Migrator.Migrate(connection));
    }

    [Fact]
    public void The_database_runs_in_WAL_mode()
    {
        using var connection = Open();
        Migrator.Migrate(connection);

        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
    }

    [Fact]
    public void A_database_of_version_one_with_data_upgrades_to_the_latest_without_losing_rows()
    {
        using var connection = Open();
        Assert.Equal([1], Migrator.Migrate(connection, upTo: 1));
        Execute(connection, """
            INSERT INTO InboxEvents (WebhookEventId, ChatKey, EventType, Standby, EventTimestamp, ReceivedAt, Payload, Status, Attempts)
            VALUES ('01HZX', 'chat', 'message', 0, 1, 2, x'0102', 1, 1);
            INSERT INTO SequenceCounters (Name, Value) VALUES ('ทจ:2569', 41);
            INSERT INTO Complaints (FiscalYear, Sequence, CaseNo, ReceiptHash, Anonymous, Content, Stage, ReceivedAt, ReviewDue, ResultDue, StageDue, UpdatedAt)
            VALUES (2569, 41, 'ทจ-2569-0041', 'hash', 1, x'0a0b', 'received', 1, 2, 3, 2, 1);
            INSERT INTO ComplaintHistory (ComplaintId, At, ToStage) VALUES (1, 1, 'received');
            INSERT INTO Feedback (FiscalYear, Sequence, RefNo, Category, Unit, Text, WantsAnswer, Status, ReceivedAt)
            VALUES (2569, 3, 'คห-2569-0003', 'การให้บริการ', 'สำนักปลัด', x'0c', 0, 'new', 1);
            INSERT INTO AuditEntries (At, Actor, Action, Subject) VALUES (1, 'citizen', 'complaint.submitted', 'ทจ-2569-0041');
            """);
        var before = RowCounts(connection);

        var applied = Migrator.Migrate(connection);

        Assert.Equal(Migrator.Scripts().Select(s => s.Version).Where(v => v > 1), applied);
        Assert.Equal(Migrator.Scripts().Max(s => s.Version), Migrator.AppliedVersions(connection).Max());
        var after = RowCounts(connection);
        foreach (var (table, count) in before) Assert.True(after[table] == count, $"{table}: {count} rows before, {after[table]} after");
        Assert.Equal("ทจ-2569-0041", Scalar(connection, "SELECT CaseNo FROM Complaints WHERE Id = 1"));
        Assert.Equal(41L, ScalarObject(connection, "SELECT Value FROM SequenceCounters WHERE Name = 'ทจ:2569'"));
    }

    [Fact]
    public void A_rating_given_before_ratings_were_dated_is_dated_by_its_case_s_last_change_and_an_unrated_case_stays_undated()
    {
        using var connection = Open();
        Migrator.Migrate(connection, upTo: 13);
        Execute(connection, """
            INSERT INTO Complaints (FiscalYear, Sequence, CaseNo, ReceiptHash, Anonymous, Content, Stage, ReceivedAt, ReviewDue, ResultDue, StageDue, Satisfaction, UpdatedAt)
            VALUES (2569, 1, 'ทจ-2569-0001', 'a', 0, x'0a', 'closed', 1, 2, 3, 2, 4, 500),
                   (2569, 2, 'ทจ-2569-0002', 'b', 0, x'0a', 'closed', 1, 2, 3, 2, NULL, 600);
            """);

        Migrator.Migrate(connection);

        Assert.Equal(500L, ScalarObject(connection, "SELECT SatisfactionAt FROM Complaints WHERE Sequence = 1"));
        Assert.Equal(DBNull.Value, ScalarObject(connection, "SELECT SatisfactionAt FROM Complaints WHERE Sequence = 2"));
    }

    private static Dictionary<string, long> RowCounts(SqliteConnection connection)
    {
        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'SchemaMigrations'";
            using var reader = command.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        return tables.ToDictionary(t => t, t => (long)ScalarObject(connection, $"SELECT COUNT(*) FROM \"{t}\"")!);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? Scalar(SqliteConnection connection, string sql) => ScalarObject(connection, sql) as string;

    private static object? ScalarObject(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
