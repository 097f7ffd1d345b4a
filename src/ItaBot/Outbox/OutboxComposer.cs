using ItaBot.Configuration;
using ItaBot.Line.Messaging;
using ItaBot.Security;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.Extensions.Options;

namespace ItaBot.Outbox;

/// <summary>
/// Adds outgoing LINE calls to the caller's DbContext, so they commit (or vanish) together with the change
/// that caused them. Nothing here talks to LINE.
/// </summary>
public sealed class OutboxComposer(FieldCipher cipher, BlindIndex index, IOptions<LineOptions> line)
{
    public const int MaxMessagesPerCall = 5;
    public const string MessagesPurpose = "outbox.messages";
    public const string TargetPurpose = "outbox.target";

    /// <summary>A reply while the token is fresh; the dispatcher falls back to a push to the same chat.</summary>
    public void Reply(ItaBotDb db, string chatId, string? replyToken, DateTimeOffset receivedAt, IReadOnlyList<Message> messages,
        string purpose, string? sourceEventId, DateTimeOffset now)
    {
        var chunks = messages.Chunk(MaxMessagesPerCall).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            // Only the first call can use the token: a reply token is good for one call.
            var token = i == 0 ? replyToken : null;
            Add(db, token is null ? "push" : "reply", chatId, token,
                receivedAt.AddSeconds(line.Value.ReplyTokenSeconds), chunks[i], purpose, sourceEventId, now, now);
        }
    }

    public void Push(ItaBotDb db, string userId, IReadOnlyList<Message> messages, string purpose, DateTimeOffset now,
        DateTimeOffset? notBefore = null)
    {
        foreach (var chunk in messages.Chunk(MaxMessagesPerCall))
            Add(db, "push", userId, null, now, chunk, purpose, null, now, notBefore ?? now);
    }

    private void Add(ItaBotDb db, string kind, string chatId, string? replyToken, DateTimeOffset replyDeadline,
        IReadOnlyList<Message> messages, string purpose, string? sourceEventId, DateTimeOffset now, DateTimeOffset due)
    {
        var row = new OutboxMessage
        {
            CreatedAt = now.ToUnixTimeMilliseconds(),
            ChatKey = index.Chat(chatId),
            Kind = kind,
            Target = cipher.EncryptText(chatId, TargetPurpose),
            ReplyToken = replyToken,
            ReplyDeadline = replyDeadline.ToUnixTimeMilliseconds(),
            Messages = cipher.EncryptText(LineJson.Serialize(messages), MessagesPurpose),
            // Fixed when the row is created, so every retry of this push is the same request to LINE.
            RetryKey = Guid.NewGuid().ToString(),
            Status = OutboxStatus.Pending,
            NextAttemptAt = due.ToUnixTimeMilliseconds(),
            Purpose = purpose,
            SourceEventId = sourceEventId,
        };
        OutboxInsert.Write(db, row);
    }
}
