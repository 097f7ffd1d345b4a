using ItaBot.Reports;

namespace ItaBot.Stats;

public sealed record StatsDeadline(int Measured, double? AverageWorkingDays, int MetDeadline)
{
    public static StatsDeadline Of(DeadlineStats stats) => new(stats.Measured, StatsYear.Finite(stats.AverageWorkingDays), stats.MetDeadline);
}
