namespace ItaBot.Reports;

/// <summary>One step of a measure. Progress is a percentage from 0 to 100; Links are the web addresses given as its evidence.</summary>
public sealed record ActivityRow(
    string Title,
    IReadOnlyList<string> Units,
    string Period,
    string Status,
    int Progress,
    string? Result,
    string? Outcome,
    IReadOnlyList<string> Links);
