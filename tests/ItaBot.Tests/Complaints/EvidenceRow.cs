namespace ItaBot.Tests.Complaints;

/// <summary>A complaint evidence row as the fetcher left it.</summary>
internal sealed record EvidenceRow(string Status, int Attempts, long NextAttemptAt, string? FilePath);
