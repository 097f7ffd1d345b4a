namespace ItaBot.Complaints;

public static class EvidenceStatus
{
    public const string Pending = "pending";
    public const string Stored = "stored";
    /// <summary>LINE no longer has the file (unsent by the person, or expired).</summary>
    public const string Gone = "gone";
    public const string Failed = "failed";
    /// <summary>Larger than Storage:MaxEvidenceMegabytes, so never downloaded; the person has to bring it in.</summary>
    public const string TooLarge = "too_large";
}
