namespace ItaBot.Stats;

/// <summary>
/// What /stats and /stats.json show: the current fiscal year first, then the previous one, as they stood at the end of
/// <paramref name="DataUntil"/> (a Bangkok day).
/// </summary>
public sealed record StatsSnapshot(string Organisation, DateTimeOffset GeneratedAt, DateOnly DataUntil, IReadOnlyList<StatsYear> Years);
