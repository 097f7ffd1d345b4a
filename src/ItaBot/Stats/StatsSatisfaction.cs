using ItaBot.Reports;

namespace ItaBot.Stats;

/// <summary>One service's ratings as published: the count always, the mean only from StatsYear.MinRatingsForMean ratings.</summary>
public sealed record StatsSatisfaction(int Count, double? Mean)
{
    public static StatsSatisfaction Of(SatisfactionStats stats) =>
        new(stats.Count, stats.Count >= StatsYear.MinRatingsForMean ? StatsYear.Finite(stats.Mean) : null);
}
