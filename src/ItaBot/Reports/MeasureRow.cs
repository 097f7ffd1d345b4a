namespace ItaBot.Reports;

public sealed record MeasureRow(
    int Number,
    string Title,
    IReadOnlyList<ActivityRow> Activities,
    IReadOnlyList<EvidencePhoto> Photos);
