using System.Data.Common;
using ItaBot.Storage;

namespace ItaBot.Inbox;

/// <summary>
/// Moves events the webhook stored (InboxArrivals, append-only) into InboxEvents, where they are deduplicated on
/// WebhookEventId and indexed for the processor. Runs inside the processor's write transaction, so a crash leaves
/// every event in exactly one of the two tables.
/// </summary>
public static class InboxArrivals
{
    /// <summary>Bounds one move, so a backlog left by a stopped processor does not become one long transaction.</summary>
    public const int MaxPerMove = 2000;

    /// <summary>Whether any arrival waits; a read, so it needs no writer gate.</summary>
    public static bool Any(DbConnection connection)
    {
        using var command = PlainSql.Create(connection, null, "SELECT EXISTS (SELECT 1 FROM InboxArrivals)");
        return (long)command.ExecuteScalar()! == 1;
    }

    /// <summary>True when there were arrivals to move.</summary>
    public static bool Move(DbConnection connection, DbTransaction transaction)
    {
        using var last = PlainSql.Create(connection, transaction,
            $"SELECT MAX(Seq) FROM (SELECT Seq FROM InboxArrivals ORDER BY Seq LIMIT {MaxPerMove})");
        if (last.ExecuteScalar() is not long upTo) return false;
        using var move = PlainSql.Create(connection, transaction,
            "INSERT OR IGNORE INTO InboxEvents (WebhookEventId, ChatKey, EventType, Standby, EventTimestamp, ReceivedAt, Payload, Status, Attempts) " +
            "SELECT WebhookEventId, ChatKey, EventType, Standby, EventTimestamp, ReceivedAt, Payload, 0, 0 FROM InboxArrivals WHERE Seq <= $upTo ORDER BY Seq; " +
            "DELETE FROM InboxArrivals WHERE Seq <= $upTo;").With("$upTo", upTo);
        move.ExecuteNonQuery();
        return true;
    }
}
