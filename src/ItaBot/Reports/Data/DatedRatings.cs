using ItaBot.Calendar;
using ItaBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Reports.Data;

/// <summary>
/// The ratings of what was received in a period, each with the day it was given: a complainant's when their case
/// closed (Complaints.SatisfactionAt), an opinion's with the opinion itself. Only the score and the time are read.
/// </summary>
internal static class DatedRatings
{
    public static async Task<List<DatedRating>> OfComplaintsAsync(ItaBotDb db, ReportPeriod period, CancellationToken ct)
    {
        var (start, end) = (period.StartMs, period.EndMs);
        var rows = await db.Complaints.AsNoTracking()
            .Where(c => c.ReceivedAt >= start && c.ReceivedAt < end && c.Satisfaction != null && c.SatisfactionAt != null)
            .Select(c => new { At = c.SatisfactionAt!.Value, Score = c.Satisfaction!.Value })
            .ToListAsync(ct);
        return rows.Select(r => Dated(r.At, r.Score)).ToList();
    }

    public static async Task<List<DatedRating>> OfFeedbackAsync(ItaBotDb db, ReportPeriod period, CancellationToken ct)
    {
        var (start, end) = (period.StartMs, period.EndMs);
        var rows = await db.Feedback.AsNoTracking()
            .Where(f => f.ReceivedAt >= start && f.ReceivedAt < end && f.Rating != null)
            .Select(f => new { At = f.ReceivedAt, Score = f.Rating!.Value })
            .ToListAsync(ct);
        return rows.Select(r => Dated(r.At, r.Score)).ToList();
    }

    private static DatedRating Dated(long at, int score) => new(BangkokTime.DateOf(Clock.FromMs(at)), score);
}
