namespace ItaBot.Complaints;

/// <summary>One row to fetch a file for; two downloads with the same key must never run at once.</summary>
public readonly record struct EvidenceKey(EvidenceSource Source, long Id);
