using ItaBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Complaints;

/// <summary>The downloads that are due: complaint evidence, feedback photos and activity evidence.</summary>
public static class EvidenceJobs
{
    /// <summary>
    /// At most <paramref name="count"/> due jobs whose rows are not in <paramref name="taken"/>: a row being
    /// downloaded still looks due until its result is written, and must not be started a second time.
    /// </summary>
    public static async Task<List<EvidenceJob>> DueAsync(ItaBotDb db, long now, IReadOnlyCollection<EvidenceKey> taken, int count,
        CancellationToken ct)
    {
        if (count <= 0) return [];
        // Enough of each kind that, with the taken ones left out, every free lane can still be filled from it alone.
        var each = count + taken.Count;
        var complaints = await db.ComplaintEvidence.AsNoTracking()
            .Where(e => e.Status == EvidenceStatus.Pending && e.NextAttemptAt <= now)
            .OrderBy(e => e.Id).Take(each)
            .Select(e => new EvidenceCandidate(new EvidenceKey(EvidenceSource.Complaint, e.Id), e.ComplaintId, e.LineMessageId, e.Attempts))
            .ToListAsync(ct);
        var photos = await db.Feedback.AsNoTracking()
            .Where(f => f.PhotoStatus == EvidenceStatus.Pending && f.PhotoNextAttemptAt <= now)
            .OrderBy(f => f.Id).Take(each)
            .Select(f => new EvidenceCandidate(new EvidenceKey(EvidenceSource.FeedbackPhoto, f.Id), f.Id, f.PhotoMessageId, f.PhotoAttempts))
            .ToListAsync(ct);
        var activities = await db.ActivityEvidence.AsNoTracking()
            .Where(e => e.Status == EvidenceStatus.Pending && e.LineMessageId != null && e.NextAttemptAt <= now)
            .OrderBy(e => e.Id).Take(each)
            .Select(e => new EvidenceCandidate(new EvidenceKey(EvidenceSource.Activity, e.Id), e.ActivityId, e.LineMessageId, e.Attempts))
            .ToListAsync(ct);
        return Choose([.. complaints, .. photos, .. activities], taken, count);
    }

    /// <summary>The kinds take turns, each in the order its rows were made, so a run of one kind cannot starve the others.</summary>
    internal static List<EvidenceJob> Choose(IEnumerable<EvidenceCandidate> candidates, IReadOnlyCollection<EvidenceKey> taken, int count) =>
        candidates.Where(c => !taken.Contains(c.Key))
            .GroupBy(c => c.Key.Source)
            .SelectMany(kind => kind.OrderBy(c => c.Key.Id).Select((c, turn) => (Candidate: c, Turn: turn)))
            .OrderBy(x => x.Turn).ThenBy(x => x.Candidate.Key.Source)
            .Select(x => x.Candidate)
            .Take(count)
            .Select(c => new EvidenceJob(c.Key, c.OwnerId, c.MessageId ?? "", c.Attempts + 1))
            .ToList();
}
