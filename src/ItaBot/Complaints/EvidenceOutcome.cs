using ItaBot.Storage;

namespace ItaBot.Complaints;

/// <summary>What one download came to, waiting to be written to its row.</summary>
public sealed record EvidenceOutcome(EvidenceJob Job, ContentDownloadResult Result);
