namespace ItaBot.Reports;

public sealed record ComplaintCounts(int Received, int Completed, int InProgress);
