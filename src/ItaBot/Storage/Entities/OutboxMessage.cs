namespace ItaBot.Storage.Entities;

public sealed class OutboxMessage
{
    public long Id { get; set; }
    public long CreatedAt { get; set; }
    public string ChatKey { get; set; } = "";
    public string Kind { get; set; } = "";
    public byte[] Target { get; set; } = [];
    public string? ReplyToken { get; set; }
    public long ReplyDeadline { get; set; }
    public byte[] Messages { get; set; } = [];
    public string RetryKey { get; set; } = "";
    public int Status { get; set; }
    public int Attempts { get; set; }
    public long NextAttemptAt { get; set; }
    public string? LastOutcome { get; set; }
    public long? SentAt { get; set; }
    public string? RequestId { get; set; }
    public string Purpose { get; set; } = "";
    public string? SourceEventId { get; set; }
}
