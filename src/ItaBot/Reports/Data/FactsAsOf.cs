using ItaBot.Complaints;
using ItaBot.Feedback;
using ItaBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Reports.Data;

/// <summary>
/// Complaints and feedback as they stood at a past instant. Public figures stop at a day's end so that watching
/// them cannot date a single complaint, its outcome or one person's rating to the minute.
/// </summary>
internal static class FactsAsOf
{
    public static async Task<List<ComplaintFacts>> ComplaintsAsync(ItaBotDb db, List<ComplaintFacts> facts, long cutoff, CancellationToken ct)
    {
        var received = facts.Where(c => c.ReceivedAt < cutoff).ToList();
        var changed = received.Where(c => c.UpdatedAt >= cutoff).Select(c => c.Id).ToList();
        if (changed.Count == 0) return received;
        var stages = (await db.ComplaintHistory.AsNoTracking()
                .Where(h => changed.Contains(h.ComplaintId) && h.At < cutoff)
                .Select(h => new { h.ComplaintId, h.At, h.Id, h.ToStage }).ToListAsync(ct))
            .GroupBy(h => h.ComplaintId)
            .ToDictionary(g => g.Key, g => g.OrderBy(h => h.At).ThenBy(h => h.Id).Last().ToStage);
        return received
            .Select(c => c.UpdatedAt < cutoff ? c : Rewound(c, stages.GetValueOrDefault(c.Id, ComplaintStage.Received), cutoff))
            .ToList();
    }

    public static List<FeedbackFacts> Feedback(List<FeedbackFacts> facts, long cutoff) =>
        facts.Where(f => f.ReceivedAt < cutoff).Select(f => Rewound(f, cutoff)).ToList();

    /// <summary>
    /// A complaint changed since the cutoff: its stage comes from its history and later steps are undone. (Its rating
    /// is dated on its own, Complaints.SatisfactionAt, and counted by DatedRatings.)
    /// </summary>
    private static ComplaintFacts Rewound(ComplaintFacts c, string stage, long cutoff)
    {
        var decided = Before(c.DecidedAt, cutoff) is not null;
        return c with
        {
            Stage = stage,
            ReviewedAt = Before(c.ReviewedAt, cutoff),
            DecidedAt = Before(c.DecidedAt, cutoff),
            ResultAt = Before(c.ResultAt, cutoff),
            Decision = decided ? c.Decision : null,
            HasAgency = decided && c.HasAgency,
        };
    }

    private static FeedbackFacts Rewound(FeedbackFacts f, long cutoff)
    {
        var answered = Before(f.AnsweredAt, cutoff);
        var handled = Before(f.HandledAt, cutoff);
        // Rows without times keep their status: nothing says it changed after the cutoff.
        var status = f.AnsweredAt is null && f.HandledAt is null ? f.Status
            : handled is not null ? FeedbackStatus.Handled
            : answered is not null ? FeedbackStatus.Answered
            : FeedbackStatus.New;
        return f with { AnsweredAt = answered, HandledAt = handled, Status = status };
    }

    private static long? Before(long? at, long cutoff) => at < cutoff ? at : null;
}
