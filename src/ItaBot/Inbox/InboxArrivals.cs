using System.Data.Common;

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
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM InboxArrivals)";
        return (long)command.ExecuteScalar()! == 1;
    }

    /// <summary>True when there were arrivals to move.</summary>
    public static bool Move(DbConnection connection, DbTransaction transaction)
    {
        using var last = Command(connection, transaction,
            $"SELECT MAX(Seq) FROM (SELECT Seq FROM InboxArrivals ORDER BY Seq LIMIT {MaxPerMove})");
        if (last.ExecuteScalar() is not long upTo) return false;
        using var move = Command(connection, transaction,
            "INSERT OR IGNORE INTO InboxEvents (WebhookEventId, ChatKey, EventType, Standby, EventTimestamp, ReceivedAt, Payload, Status, Attempts) " +
            "SELECT WebhookEventId, ChatKey, EventType, Standby, EventTimestamp, ReceivedAt, Payload, 0, 0 FROM InboxArrivals WHERE Seq <= $upTo ORDER BY Seq; " +
            "DELETE FROM InboxArrivals WHERE Seq <= $upTo;");
        move.Parameters.Add(Parameter(move, upTo));
        move.ExecuteNonQuery();
        return true;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static DbParameter Parameter(DbCommand command, long upTo)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$upTo";
        parameter.Value = upTo;
        return parameter;
    }
}
