using ItaBot.Storage;
using Microsoft.Data.Sqlite;

namespace ItaBot.Inbox;

/// <summary>
/// The inbox writer's connection with its one statement, prepared once for the life of the connection rather than
/// once per commit: on the path that answers LINE, every commit's share of preparing it was time a webhook waited.
/// </summary>
public sealed class ArrivalInsert : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _command;
    private readonly SqliteParameter _id, _chat, _type, _standby, _timestamp, _receivedAt, _payload;

    private ArrivalInsert(SqliteConnection connection, SqliteCommand command)
    {
        _connection = connection;
        _command = command;
        _id = command.Parameters.Add("$id", SqliteType.Text);
        _chat = command.Parameters.Add("$chat", SqliteType.Text);
        _type = command.Parameters.Add("$type", SqliteType.Text);
        _standby = command.Parameters.Add("$standby", SqliteType.Integer);
        _timestamp = command.Parameters.Add("$ts", SqliteType.Integer);
        _receivedAt = command.Parameters.Add("$at", SqliteType.Integer);
        _payload = command.Parameters.Add("$payload", SqliteType.Blob);
    }

    public static ArrivalInsert Open(Database database)
    {
        var connection = database.Open();
        // Its commits are made durable by WalSync right after, outside the writer gate (see InboxWriter).
        SqlitePragmas.SkipCommitSync(connection);
        var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO InboxArrivals (WebhookEventId, ChatKey, EventType, Standby, EventTimestamp, ReceivedAt, Payload) " +
            "VALUES ($id, $chat, $type, $standby, $ts, $at, $payload)";
        var insert = new ArrivalInsert(connection, command);
        command.Prepare();
        return insert;
    }

    /// <summary>Stores the records in one transaction, committed but not yet synced to disk (see <see cref="WalSync"/>).</summary>
    public void Commit(IEnumerable<InboxRecord> records, long receivedAt)
    {
        using var transaction = _connection.BeginTransaction();
        _command.Transaction = transaction;
        _receivedAt.Value = receivedAt;
        foreach (var r in records)
        {
            _id.Value = r.WebhookEventId;
            _chat.Value = r.ChatKey;
            _type.Value = r.EventType;
            _standby.Value = r.Standby ? 1 : 0;
            _timestamp.Value = r.EventTimestamp;
            _payload.Value = r.Payload;
            _command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    public void Dispose()
    {
        _command.Dispose();
        _connection.Dispose();
    }
}
