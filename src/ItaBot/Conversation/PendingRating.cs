namespace ItaBot.Conversation;

/// <summary>A closed case whose rating question was held back, and since when (Unix ms).</summary>
public sealed record PendingRating(long CaseId, string CaseNo, long Since);
