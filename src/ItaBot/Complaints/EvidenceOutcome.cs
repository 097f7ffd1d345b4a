using ItaBot.Storage;

namespace ItaBot.Complaints;

/// <summary>What one download came to, waiting to be written to its row.</summary>
public sealed record EvidenceOutcome(EvidenceJob Job, ContentDownloadResult Result)
{
    /// <summary>
    /// The same attempt as if it had failed: tried again after the pause a failed download gets, or given up at the
    /// last attempt. For a result that could not be written to its row; its file is then not referred to by anything.
    /// </summary>
    public EvidenceOutcome AsFailedAttempt(long now) => this with { Result = ContentDownload.Later(Result.Outcome, Job.Attempt, now) };
}
