namespace ItaBot.Reports;

public sealed record StageCount(string Stage, int Count);
