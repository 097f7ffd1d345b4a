using Microsoft.Data.Sqlite;

namespace ItaBot.Inbox;

/// <summary>
/// The inbox writer's one statement, prepared once for the life of its connection rather than once per commit:
/// on the path that answers LINE, every commit's share of preparing it was time a webhook waited.
/// </summary>
public sealed class ArrivalInsert : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter _id, _chat, _type, _standby, _timestamp, _receivedAt, _payload;

    private ArrivalInsert(SqliteCommand command)
    {
        _command = command;
        _id = command.Parameters.Add("$id", SqliteType.Text);
        _chat = command.Parameters.Add("$chat", SqliteType.Text);
        _type = command.Parameters.Add("$type", SqliteType.Text);
        _standby = command.Parameters.Add("$standby", SqliteType.Integer);
        _timestamp = command.Parameters.Add("$ts", SqliteType.Integer);
        _receivedAt = command.Parameters.Add("$at", SqliteType.Integer);
        _payload = command.Parameters.Add("$payload", SqliteType.Blob);
    }

    public static ArrivalInsert Prepare(SqliteConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO InboxArrivals (WebhookEventId, ChatKey, EventType, Standby, EventTimestamp, ReceivedAt, Payload) " +
            "VALUES ($id, $chat, $type, $standby, $ts, $at, $payload)";
        var insert = new ArrivalInsert(command);
        command.Prepare();
        return insert;
    }

    public void Run(SqliteTransaction transaction, IEnumerable<InboxRecord> records, long receivedAt)
    {
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
    }

    public void Dispose() => _command.Dispose();
}
