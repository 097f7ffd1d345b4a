namespace ItaBot.Storage.Entities;

public sealed class ActivityEvidence : IFetchedContent
{
    public long Id { get; set; }
    public long ActivityId { get; set; }
    public string Kind { get; set; } = "";
    public string? Url { get; set; }
    public string? LineMessageId { get; set; }
    public string? FilePath { get; set; }
    public string? ContentType { get; set; }
    public string Status { get; set; } = "";
    public long CreatedAt { get; set; }
    public int Attempts { get; set; }
    public long NextAttemptAt { get; set; }
    public long? Size { get; set; }
    public long? AddedBy { get; set; }
}
