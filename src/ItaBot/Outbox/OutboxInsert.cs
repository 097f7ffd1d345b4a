using ItaBot.Storage;
using ItaBot.Storage.Entities;

namespace ItaBot.Outbox;

/// <summary>One new outbox row, written with plain SQL in the context's current transaction.</summary>
public static class OutboxInsert
{
    public static void Write(ItaBotDb db, OutboxMessage row)
    {
        var command = db.Prepared(
            "INSERT INTO OutboxMessages (CreatedAt, ChatKey, Kind, Target, ReplyToken, ReplyDeadline, Messages, RetryKey, Status, " +
            "Attempts, NextAttemptAt, Purpose, SourceEventId) VALUES ($createdAt, $chatKey, $kind, $target, $replyToken, " +
            "$replyDeadline, $messages, $retryKey, $status, $attempts, $nextAttemptAt, $purpose, $sourceEventId)")
            .With("$createdAt", row.CreatedAt).With("$chatKey", row.ChatKey).With("$kind", row.Kind).With("$target", row.Target)
            .With("$replyToken", row.ReplyToken).With("$replyDeadline", row.ReplyDeadline).With("$messages", row.Messages)
            .With("$retryKey", row.RetryKey).With("$status", row.Status).With("$attempts", row.Attempts)
            .With("$nextAttemptAt", row.NextAttemptAt).With("$purpose", row.Purpose).With("$sourceEventId", row.SourceEventId);
        command.ExecuteNonQuery();
    }
}
