namespace ItaBot.Stats;

/// <summary>
/// What /stats and /stats.json show: the current fiscal year first, then the previous one. <paramref name="DataUntil"/>
/// is the latest Bangkok day counted (yesterday); each year says its own, as a finished year stops at its last day.
/// </summary>
public sealed record StatsSnapshot(string Organisation, DateTimeOffset GeneratedAt, DateOnly DataUntil, IReadOnlyList<StatsYear> Years);
