namespace ItaBot.Complaints;

/// <summary>The three kinds of row whose file the evidence fetcher downloads.</summary>
public enum EvidenceSource
{
    Complaint,
    FeedbackPhoto,
    Activity,
}
