namespace ItaBot.Storage.Entities;

public sealed class ComplaintEvidence : IFetchedContent
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public string Kind { get; set; } = "";
    public string? LineMessageId { get; set; }
    public byte[]? Location { get; set; }
    public string? FilePath { get; set; }
    public string? ContentType { get; set; }
    public long? Size { get; set; }
    public string Status { get; set; } = "";
    public int Attempts { get; set; }
    public long NextAttemptAt { get; set; }
    public long CreatedAt { get; set; }
}
