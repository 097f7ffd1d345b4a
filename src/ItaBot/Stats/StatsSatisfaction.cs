using ItaBot.Reports;

namespace ItaBot.Stats;

/// <summary>
/// One service's ratings as published: <paramref name="Count"/> given up to the year's dataUntil, and the latest mean
/// <see cref="SatisfactionDisclosure"/> let out, with the <paramref name="MeanCount"/> ratings it rests on and the
/// month-end it counts to (<paramref name="MeanUntil"/>); Mean and MeanUntil are null until a first mean is let out.
/// </summary>
public sealed record StatsSatisfaction(int Count, double? Mean, int MeanCount, DateOnly? MeanUntil)
{
    public static StatsSatisfaction Of(SatisfactionStats stats) =>
        new(stats.Count, stats.Released?.Mean, stats.Released?.Count ?? 0, stats.Released?.Until);
}
