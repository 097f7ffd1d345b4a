using ItaBot.Calendar;
using ItaBot.Complaints;
using ItaBot.Configuration;
using ItaBot.Feedback;
using ItaBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItaBot.Reports.Data;

/// <summary>
/// Counts complaints and feedback received in a period. Only stage, timing, category and score columns are read,
/// so the statistics cannot carry a complaint's words or anybody's identity even by mistake. Its one write: a
/// satisfaction mean that has become due is stored as it is shown (<see cref="SatisfactionLedger"/>).
/// </summary>
public sealed class ComplaintStatisticsBuilder(
    WorkingDays workingDays, IOptions<OrganisationOptions> organisation, SatisfactionLedger satisfaction)
{
    /// <summary>The period's figures counted to the day <see cref="StatisticsCutoff.Default"/> chooses for <paramref name="today"/>.</summary>
    public Task<ComplaintStatisticsModel> BuildAsync(ItaBotDb db, int fiscalYear, int? half, DateOnly today, CancellationToken ct) =>
        BuildAsync(db, StatisticsCutoff.Default(ReportPeriod.Of(fiscalYear, half), today), ct);

    /// <summary>
    /// What was received in the period before the cutoff, each as it stood at the cutoff. Never live: every output of
    /// these statistics counts whole days only, by the one rule in <see cref="StatisticsCutoff"/>.
    /// </summary>
    public async Task<ComplaintStatisticsModel> BuildAsync(ItaBotDb db, StatisticsCutoff cutoff, CancellationToken ct)
    {
        var period = cutoff.Period;
        var (start, end) = (period.StartMs, period.EndMs);
        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => c.ReceivedAt >= start && c.ReceivedAt < end)
            .Select(c => new ComplaintFacts(c.Id, c.Stage, c.ReceivedAt, c.ReviewDue, c.ResultDue, c.ReviewedAt, c.DecidedAt, c.ResultAt,
                c.Decision, c.ForwardedAgency != null || c.ForwardedTo != null, c.UpdatedAt))
            .ToListAsync(ct);
        var feedback = await db.Feedback.AsNoTracking()
            .Where(f => f.ReceivedAt >= start && f.ReceivedAt < end)
            .Select(f => new FeedbackFacts(f.Category, f.Status, f.ReceivedAt, f.AnsweredAt, f.HandledAt))
            .ToListAsync(ct);
        var ms = cutoff.Instant.ToUnixTimeMilliseconds();
        var ratings = await SatisfactionAsync(db, cutoff, ct);
        return Build(cutoff, await FactsAsOf.ComplaintsAsync(db, complaints, ms, ct), FactsAsOf.Feedback(feedback, ms), ratings);
    }

    /// <summary>
    /// Both services' ratings from the start of the fiscal year, whatever the period: a half's own mean beside the
    /// year's would let anyone subtract one from the other, so every output shows a point of the year's one series.
    /// </summary>
    private async Task<(SatisfactionStats Complaints, SatisfactionStats Feedback)> SatisfactionAsync(
        ItaBotDb db, StatisticsCutoff cutoff, CancellationToken ct)
    {
        var (year, until) = (ReportPeriod.Of(cutoff.Period.FiscalYear, null), cutoff.DataUntil);
        var complaints = await DatedRatings.OfComplaintsAsync(db, year, ct);
        var feedback = await DatedRatings.OfFeedbackAsync(db, year, ct);
        return (await satisfaction.PublishAsync(db, year.FiscalYear, SatisfactionLedger.Complaints, complaints, until, ct),
            await satisfaction.PublishAsync(db, year.FiscalYear, SatisfactionLedger.Feedback, feedback, until, ct));
    }

    private ComplaintStatisticsModel Build(
        StatisticsCutoff cutoff, List<ComplaintFacts> complaints, List<FeedbackFacts> feedback,
        (SatisfactionStats Complaints, SatisfactionStats Feedback) ratings)
    {
        var period = cutoff.Period;
        var completed = complaints.Count(c => IsCompleted(c.Stage));
        return new ComplaintStatisticsModel(
            OrganisationDetailsFactory.From(organisation.Value),
            period.FiscalYear,
            period.Half,
            period.From,
            period.To,
            cutoff.DataUntil,
            new ComplaintCounts(complaints.Count, completed, complaints.Count - completed),
            ByMonth(period, complaints, feedback),
            ComplaintStage.All.Select(s => new StageCount(ComplaintStageNames.Of(s), complaints.Count(c => c.Stage == s))).ToList(),
            complaints.Count(IsForwarded),
            Deadline(complaints.Select(c => (c.ReceivedAt, c.ReviewedAt, c.ReviewDue))),
            Deadline(complaints.Select(c => (c.ReceivedAt, c.ResultAt, c.ResultDue))),
            FeedbackRows(feedback),
            ratings.Complaints,
            ratings.Feedback);
    }

    /// <summary>Done once the complainant has been told the outcome; closing afterwards is bookkeeping.</summary>
    public static bool IsCompleted(string stage) => stage is ComplaintStage.Notified or ComplaintStage.Closed;

    private static bool IsForwarded(ComplaintFacts c) =>
        c.Stage == ComplaintStage.Forwarded || c.Decision == ComplaintStage.Forwarded || c.HasAgency;

    private static List<MonthCount> ByMonth(ReportPeriod period, List<ComplaintFacts> complaints, List<FeedbackFacts> feedback)
    {
        var complaintMonths = complaints.GroupBy(c => MonthOf(c.ReceivedAt)).ToDictionary(g => g.Key, g => g.Count());
        var feedbackMonths = feedback.GroupBy(f => MonthOf(f.ReceivedAt)).ToDictionary(g => g.Key, g => g.Count());
        return period.Months()
            .Select(m => new MonthCount(m.Year, m.Month, complaintMonths.GetValueOrDefault(m), feedbackMonths.GetValueOrDefault(m)))
            .ToList();
    }

    private static (int Year, int Month) MonthOf(long ms)
    {
        var day = BangkokTime.DateOf(Clock.FromMs(ms));
        return (day.Year, day.Month);
    }

    private DeadlineStats Deadline(IEnumerable<(long Received, long? Done, long Due)> cases)
    {
        var timed = cases.Where(c => c.Done is not null).ToList();
        if (timed.Count == 0) return new DeadlineStats(0, double.NaN, 0);
        var days = timed.Select(c => workingDays.CountBetween(DayOf(c.Received), DayOf(c.Done!.Value)));
        return new DeadlineStats(timed.Count, Math.Round(days.Average(), 2), timed.Count(c => c.Done <= c.Due));
    }

    private static DateOnly DayOf(long ms) => BangkokTime.DateOf(Clock.FromMs(ms));

    private static List<FeedbackCategoryRow> FeedbackRows(List<FeedbackFacts> feedback) =>
        feedback.GroupBy(f => f.Category)
            .Select(g => new FeedbackCategoryRow(
                g.Key,
                g.Count(),
                g.Count(f => f.AnsweredAt is not null || f.Status == FeedbackStatus.Answered),
                g.Count(f => f.HandledAt is not null || f.Status == FeedbackStatus.Handled)))
            .OrderByDescending(r => r.Received)
            .ThenBy(r => r.Category, StringComparer.Ordinal)
            .ToList();
}
