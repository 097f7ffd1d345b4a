namespace ItaBot.Stats;

/// <summary>What /stats and /stats.json show: the current fiscal year first, then the previous one.</summary>
public sealed record StatsSnapshot(string Organisation, DateTimeOffset GeneratedAt, IReadOnlyList<StatsYear> Years);
