namespace ItaBot.Storage.Entities;

public sealed class FeedbackEntry
{
    public long Id { get; set; }
    public int FiscalYear { get; set; }
    public int Sequence { get; set; }
    public string RefNo { get; set; } = "";
    public string Category { get; set; } = "";
    public string Unit { get; set; } = "";
    public byte[] Text { get; set; } = [];
    public string? PhotoMessageId { get; set; }
    public string? PhotoPath { get; set; }
    public string? PhotoStatus { get; set; }
    public int PhotoAttempts { get; set; }
    public long PhotoNextAttemptAt { get; set; }
    public int? Rating { get; set; }
    public bool WantsAnswer { get; set; }
    public byte[]? Contact { get; set; }
    public string? UserHash { get; set; }
    public string Status { get; set; } = "";
    public byte[]? Answer { get; set; }
    public long? AnsweredAt { get; set; }
    public long? HandledAt { get; set; }
    public long? HandledBy { get; set; }
    public long ReceivedAt { get; set; }
}
