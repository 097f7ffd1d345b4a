using System.Data.Common;
using ItaBot.Storage.Entities;

namespace ItaBot.Outbox;

/// <summary>One new outbox row, written with plain SQL in the caller's transaction.</summary>
public static class OutboxInsert
{
    public static void Write(DbConnection connection, DbTransaction transaction, OutboxMessage row)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "INSERT INTO OutboxMessages (CreatedAt, ChatKey, Kind, Target, ReplyToken, ReplyDeadline, Messages, RetryKey, Status, " +
            "Attempts, NextAttemptAt, Purpose, SourceEventId) VALUES ($createdAt, $chatKey, $kind, $target, $replyToken, " +
            "$replyDeadline, $messages, $retryKey, $status, $attempts, $nextAttemptAt, $purpose, $sourceEventId)";
        Add(command, "$createdAt", row.CreatedAt);
        Add(command, "$chatKey", row.ChatKey);
        Add(command, "$kind", row.Kind);
        Add(command, "$target", row.Target);
        Add(command, "$replyToken", row.ReplyToken);
        Add(command, "$replyDeadline", row.ReplyDeadline);
        Add(command, "$messages", row.Messages);
        Add(command, "$retryKey", row.RetryKey);
        Add(command, "$status", row.Status);
        Add(command, "$attempts", row.Attempts);
        Add(command, "$nextAttemptAt", row.NextAttemptAt);
        Add(command, "$purpose", row.Purpose);
        Add(command, "$sourceEventId", row.SourceEventId);
        command.ExecuteNonQuery();
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
