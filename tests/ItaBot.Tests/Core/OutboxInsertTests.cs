using ItaBot.Outbox;
using ItaBot.Storage.Entities;
using ItaBot.Tests.Measures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ItaBot.Tests.Core;

public sealed class OutboxInsertTests : IDisposable
{
    private readonly MeasuresDb _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void A_row_written_in_a_transaction_reads_back_field_for_field_and_a_rolled_back_one_leaves_nothing()
    {
        var row = new OutboxMessage
        {
            CreatedAt = 1, ChatKey = "chat", Kind = "reply", Target = [1], ReplyToken = "token", ReplyDeadline = 2, Messages = [3, 4],
            RetryKey = "retry", Status = OutboxStatus.Pending, NextAttemptAt = 5, Purpose = "reply.message", SourceEventId = "01EVENT",
        };
        using (var db = _database.Open())
        {
            db.Database.OpenConnection();
            using (var tx = db.Database.BeginTransaction())
            {
                OutboxInsert.Write(db, row);
                tx.Commit();
            }
            using (var tx = db.Database.BeginTransaction())
            {
                OutboxInsert.Write(db, new OutboxMessage { Kind = "push", RetryKey = "r2", Purpose = "p" });
                tx.Rollback();
            }
        }

        using var check = _database.Open();
        var stored = Assert.Single(check.OutboxMessages.AsNoTracking());
        Assert.Equal(
            (row.CreatedAt, row.ChatKey, row.Kind, row.ReplyToken, row.ReplyDeadline, row.RetryKey, row.Status, row.NextAttemptAt, row.Purpose, row.SourceEventId),
            (stored.CreatedAt, stored.ChatKey, stored.Kind, stored.ReplyToken, stored.ReplyDeadline, stored.RetryKey, stored.Status, stored.NextAttemptAt, stored.Purpose, stored.SourceEventId));
        Assert.Equal(row.Target, stored.Target);
        Assert.Equal(row.Messages, stored.Messages);
        Assert.Equal((0, (string?)null, (long?)null), (stored.Attempts, stored.LastOutcome, stored.SentAt));
    }
}
