using System.Globalization;

namespace ItaBot.Complaints;

/// <summary>
/// One download to make: the row, what it belongs to (a complaint, the feedback entry itself, an activity), LINE's
/// message id and which attempt this is, counting from 1.
/// </summary>
public sealed record EvidenceJob(EvidenceKey Key, long OwnerId, string MessageId, int Attempt)
{
    /// <summary>Below the evidence directory; each kind has its own folder and encryption purpose, as before lanes.</summary>
    public string Folder => Key.Source switch
    {
        EvidenceSource.Complaint => Number(OwnerId),
        EvidenceSource.FeedbackPhoto => Path.Combine("feedback", Number(Key.Id)),
        _ => Path.Combine("activities", Number(OwnerId)),
    };

    public string Purpose => Key.Source switch
    {
        EvidenceSource.Complaint => EvidenceFetcher.FilePurpose,
        EvidenceSource.FeedbackPhoto => EvidenceFetcher.FeedbackPhotoPurpose,
        _ => Reports.Data.ActivityEvidenceFiles.Purpose,
    };

    private static string Number(long id) => id.ToString(CultureInfo.InvariantCulture);
}
