namespace ItaBot.Complaints;

/// <summary>A due row as read, before <see cref="EvidenceJobs.Choose"/> makes it a job.</summary>
internal sealed record EvidenceCandidate(EvidenceKey Key, long OwnerId, string? MessageId, int Attempts);
