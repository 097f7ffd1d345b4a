using ItaBot.Storage;
using Microsoft.Data.Sqlite;

namespace ItaBot.Tests.Cases;

/// <summary>Public notes written before migration 0012, which did not record the stage they were written at.</summary>
public sealed class LegacyPublicNoteTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "itabot-notes-" + Guid.NewGuid().ToString("N")[..12]);

    public LegacyPublicNoteTests() => Directory.CreateDirectory(_directory);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void After_the_upgrade_a_note_written_since_the_last_move_stays_current_and_an_older_one_is_hidden()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, "itabot.db")};Pooling=False");
        connection.Open();
        Migrator.Migrate(connection, upTo: 11);
        Execute(connection, """
            INSERT INTO Complaints (FiscalYear, Sequence, CaseNo, ReceiptHash, Anonymous, Content, Stage, ReceivedAt, ReviewDue,
                ResultDue, StageDue, PublicNote, UpdatedAt)
            VALUES (2569, 1, 'ทจ-2569-0001', 'a', 1, x'00', 'investigating', 1, 2, 3, 4, x'01', 40),
                   (2569, 2, 'ทจ-2569-0002', 'b', 1, x'00', 'closed', 1, 2, 3, 4, x'01', 40),
                   (2569, 3, 'ทจ-2569-0003', 'c', 1, x'00', 'received', 1, 2, 3, 4, x'01', 40),
                   (2569, 4, 'ทจ-2569-0004', 'd', 1, x'00', 'review', 1, 2, 3, 4, NULL, 40);
            INSERT INTO AuditEntries (At, Actor, Action, Subject) VALUES
                (10, 'staff:1', 'complaint.stage', 'ทจ-2569-0001'),
                (20, 'staff:1', 'complaint.public_note', 'ทจ-2569-0001'),
                (10, 'staff:1', 'complaint.public_note', 'ทจ-2569-0002'),
                (30, 'staff:1', 'complaint.stage', 'ทจ-2569-0002'),
                (10, 'staff:1', 'complaint.public_note', 'ทจ-2569-0003'),
                (10, 'staff:1', 'complaint.stage', 'ทจ-2569-0004');
            """);

        Migrator.Migrate(connection);

        Assert.Equal("investigating", NoteStage(connection, 1));
        Assert.Null(NoteStage(connection, 2));
        Assert.Equal("received", NoteStage(connection, 3));
        Assert.Null(NoteStage(connection, 4));
    }

    private static string? NoteStage(SqliteConnection connection, int sequence)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT PublicNoteStage FROM Complaints WHERE Sequence = {sequence}";
        return command.ExecuteScalar() as string;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
