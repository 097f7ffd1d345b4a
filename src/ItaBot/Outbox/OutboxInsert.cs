using ItaBot.Storage;
using ItaBot.Storage.Entities;

namespace ItaBot.Outbox;

/// <summary>One new outbox row, stored with the change that caused it.</summary>
public static class OutboxInsert
{
    /// <summary>
    /// Inside a transaction (every turn runs in one) the row is written at once, in it, with plain SQL: it still commits
    /// or vanishes with the change that caused it, and skips EF's SaveChanges, a third of a turn on the writer path.
    /// Outside one, it is added to the context and saved with the caller's next SaveChanges.
    /// </summary>
    public static void Write(ItaBotDb db, OutboxMessage row)
    {
        if (db.Database.CurrentTransaction is null)
        {
            db.OutboxMessages.Add(row);
            return;
        }
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
