namespace ItaBot.Reports;

/// <summary>
/// Aggregate complaint and feedback figures for one period. Half is 1 (ครึ่งปีแรก), 2 (ครึ่งปีหลัง) or null (ทั้งปี).
/// It deliberately holds counts only, so no report built from it can leak a complainant's identity. The figures
/// count what was received from <paramref name="From"/> up to the end of <paramref name="DataUntil"/> (a Bangkok day),
/// each as it stood then; DataUntil is before <paramref name="To"/> while the period is still running.
/// Satisfaction is kept per service, as the ITA evidence counts them: the rating a complainant gives when their case
/// is closed, and the rating given with an opinion (แสดงความคิดเห็น), which is about the office's service at large.
/// Both count from the start of the fiscal year even in a half's report, and show a mean only as
/// <see cref="SatisfactionDisclosure"/> lets it out.
/// </summary>
public sealed record ComplaintStatisticsModel(
    OrganisationDetails Org,
    int FiscalYear,
    int? Half,
    DateOnly From,
    DateOnly To,
    DateOnly DataUntil,
    ComplaintCounts Complaints,
    IReadOnlyList<MonthCount> ByMonth,
    IReadOnlyList<StageCount> ByStage,
    int Forwarded,
    DeadlineStats PreliminaryReview,
    DeadlineStats Result,
    IReadOnlyList<FeedbackCategoryRow> Feedback,
    SatisfactionStats ComplaintSatisfaction,
    SatisfactionStats FeedbackSatisfaction);
