using ItaBot.Inbox;
using ItaBot.Storage;
using Microsoft.Data.Sqlite;

namespace ItaBot.Tests.Inbox;

public sealed class InboxArrivalsTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "itabot-arrivals-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly SqliteConnection connection;

    public InboxArrivalsTests()
    {
        Directory.CreateDirectory(directory);
        connection = new SqliteConnection($"Data Source={Path.Combine(directory, "itabot.db")};Pooling=False");
        connection.Open();
        Migrator.Migrate(connection);
    }

    public void Dispose()
    {
        connection.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void Arrivals_become_pending_inbox_events_in_the_order_they_came_and_leave_the_arrivals_table()
    {
        Arrive("e1", "e2", "e3");

        Assert.True(Move());

        Assert.Equal(["e1", "e2", "e3"], Strings("SELECT WebhookEventId FROM InboxEvents WHERE Status = 0 AND Attempts = 0 ORDER BY Id"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM InboxArrivals"));
    }

    [Fact]
    public void A_redelivered_event_is_dropped_when_moved_whether_it_was_stored_before_or_arrived_twice_at_once()
    {
        Arrive("e1");
        Move();
        Arrive("e1", "e2", "e2");

        Move();

        Assert.Equal(["e1", "e2"], Strings("SELECT WebhookEventId FROM InboxEvents ORDER BY Id"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM InboxArrivals"));
    }

    [Fact]
    public void A_backlog_is_moved_in_bounded_steps_oldest_first()
    {
        Arrive(Enumerable.Range(0, InboxArrivals.MaxPerMove + 5).Select(i => $"e{i:D5}").ToArray());

        Move();

        Assert.Equal(InboxArrivals.MaxPerMove, Count("SELECT COUNT(*) FROM InboxEvents"));
        Assert.Equal(["e02000", "e02001", "e02002", "e02003", "e02004"], Strings("SELECT WebhookEventId FROM InboxArrivals ORDER BY Seq"));
        Assert.True(Move());
        Assert.False(Move());
    }

    [Fact]
    public void A_move_rolled_back_leaves_every_event_where_it_was()
    {
        Arrive("e1", "e2");

        using (var tx = connection.BeginTransaction())
        {
            InboxArrivals.Move(connection, tx);
            tx.Rollback();
        }

        Assert.Equal(2, Count("SELECT COUNT(*) FROM InboxArrivals"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM InboxEvents"));
    }

    private bool Move()
    {
        using var tx = connection.BeginTransaction();
        var moved = InboxArrivals.Move(connection, tx);
        tx.Commit();
        return moved;
    }

    private void Arrive(params string[] ids)
    {
        foreach (var id in ids)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO InboxArrivals (WebhookEventId, ChatKey, EventType, Standby, EventTimestamp, ReceivedAt, Payload) " +
                "VALUES ($id, 'chat', 'message', 0, 1, 2, x'00')";
            insert.Parameters.AddWithValue("$id", id);
            insert.ExecuteNonQuery();
        }
    }

    private long Count(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private List<string> Strings(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read()) list.Add(reader.GetString(0));
        return list;
    }
}
