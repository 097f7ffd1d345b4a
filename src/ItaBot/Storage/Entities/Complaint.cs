namespace ItaBot.Storage.Entities;

public sealed class Complaint
{
    public long Id { get; set; }
    public int FiscalYear { get; set; }
    public int Sequence { get; set; }
    public string CaseNo { get; set; } = "";
    public string ReceiptHash { get; set; } = "";
    public bool Anonymous { get; set; }
    public string? ComplainantHash { get; set; }
    public byte[] Content { get; set; } = [];
    public byte[]? Identity { get; set; }
    public string Stage { get; set; } = "";
    public long ReceivedAt { get; set; }
    public long ReviewDue { get; set; }
    public long ResultDue { get; set; }
    public long StageDue { get; set; }
    public long? ReviewedAt { get; set; }
    public long? DecidedAt { get; set; }
    public string? Decision { get; set; }
    /// <summary>Plain text, only on rows from before migration 0011 that the host has not sealed yet.</summary>
    public string? ForwardedTo { get; set; }
    public byte[]? ForwardedAgency { get; set; }
    public long? ResultAt { get; set; }
    public long? ClosedAt { get; set; }
    public byte[]? PublicNote { get; set; }
    /// <summary>The stage the public note was written for; the note is shown only while the case is there.</summary>
    public string? PublicNoteStage { get; set; }
    public byte[]? Result { get; set; }
    public int? Satisfaction { get; set; }
    public byte[]? SatisfactionComment { get; set; }
    /// <summary>When the rating was given (Unix ms): published figures count ratings by this, see SatisfactionDisclosure.</summary>
    public long? SatisfactionAt { get; set; }
    /// <summary>When the closing rating question was held back for a draft; null once asked (see PendingRatings).</summary>
    public long? RatingPendingSince { get; set; }
    public long UpdatedAt { get; set; }
}
