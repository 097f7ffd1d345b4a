using ItaBot.Reports;

namespace ItaBot.Stats;

/// <summary>
/// One fiscal year's public figures, counted to the end of <paramref name="DataUntil"/> (the rule every complaint
/// statistics output follows: <see cref="ItaBot.Reports.Data.StatisticsCutoff"/>). Averages are null when nothing
/// was measured (JSON has no NaN). Each satisfaction mean is the latest <see cref="SatisfactionDisclosure"/> let out,
/// which counts to a month-end and says nothing about any one person's rating. Complaint handling and the service
/// rated with an opinion are different services in the ITA evidence, so their ratings are never pooled.
/// </summary>
public sealed record StatsYear(
    int FiscalYear,
    DateOnly From,
    DateOnly To,
    DateOnly DataUntil,
    ComplaintCounts Complaints,
    int Forwarded,
    IReadOnlyList<MonthCount> ByMonth,
    IReadOnlyList<StageCount> ByStage,
    StatsDeadline PreliminaryReview,
    StatsDeadline Result,
    IReadOnlyList<FeedbackCategoryRow> Feedback,
    StatsSatisfaction ComplaintSatisfaction,
    StatsSatisfaction FeedbackSatisfaction)
{
    public static StatsYear Of(ComplaintStatisticsModel model) => new(
        model.FiscalYear,
        model.From,
        model.To,
        model.DataUntil,
        model.Complaints,
        model.Forwarded,
        model.ByMonth,
        model.ByStage,
        StatsDeadline.Of(model.PreliminaryReview),
        StatsDeadline.Of(model.Result),
        model.Feedback,
        StatsSatisfaction.Of(model.ComplaintSatisfaction),
        StatsSatisfaction.Of(model.FeedbackSatisfaction));

    internal static double? Finite(double value) => double.IsFinite(value) ? Math.Round(value, 2) : null;
}
