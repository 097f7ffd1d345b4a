using ItaBot.Dialogs;

namespace ItaBot.Staff.Measures;

/// <summary>What a finished staff_activity flow asks to change; null fields keep what is stored.</summary>
public sealed record ActivityUpdate(
    long ActivityId,
    string Status,
    int? Progress,
    string? Result,
    string? Outcome,
    IReadOnlyList<EvidenceItem> Evidence,
    IReadOnlyList<string> Links);
