namespace ItaBot.Reports;

/// <summary>One step of a measure. Progress is a percentage from 0 to 100.</summary>
public sealed record ActivityRow(
    string Title,
    IReadOnlyList<string> Units,
    string Period,
    string Status,
    int Progress,
    string? Result,
    string? Outcome);
