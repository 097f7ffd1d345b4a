namespace ItaBot.Reports;

/// <summary>Number of satisfaction answers about one service and their mean score.</summary>
public sealed record SatisfactionStats(int Count, double Mean);
