using ItaBot.Outbox;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Complaints;

/// <summary>
/// Writes finished downloads to their rows: one commit for all that finished since the last, made by the fetcher's
/// loop alone and inside the process's <see cref="WriteGate"/>, so downloading in parallel adds no second writer.
/// </summary>
public sealed class EvidenceRecorder(EvidenceTooLargeNotice tooLarge, OutboxSignal outbox, WriteGate gate, TimeProvider time,
    ILogger<EvidenceRecorder> log)
{
    public async Task RecordAsync(ItaBotDb db, IReadOnlyList<EvidenceOutcome> outcomes, CancellationToken ct)
    {
        if (outcomes.Count == 0) return;
        var (gone, told) = await ApplyAsync(db, outcomes, ct);
        // The fsync of this commit is made inside the gate; downloads finish a few at a time, so it is rarely waited for.
        await gate.SaveAsync(db, "evidence-record", ct);
        if (told > 0) outbox.Signal.Raise();
        foreach (var outcome in gone) Discard(outcome);
    }

    /// <summary>Sets each row from its outcome (not yet saved); returns the outcomes whose row is gone and how many people were told.</summary>
    private async Task<(List<EvidenceOutcome> Gone, int Told)> ApplyAsync(ItaBotDb db, IReadOnlyList<EvidenceOutcome> outcomes, CancellationToken ct)
    {
        var (complaintIds, photoIds, activityIds) =
            (Ids(outcomes, EvidenceSource.Complaint), Ids(outcomes, EvidenceSource.FeedbackPhoto), Ids(outcomes, EvidenceSource.Activity));
        var complaints = await db.ComplaintEvidence.Where(e => complaintIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var photos = await db.Feedback.Where(f => photoIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var activities = await db.ActivityEvidence.Where(e => activityIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var gone = new List<EvidenceOutcome>();
        var told = new HashSet<long>();
        foreach (var (job, result) in outcomes)
        {
            var found = job.Key.Source switch
            {
                EvidenceSource.Complaint => Apply(complaints.GetValueOrDefault(job.Key.Id), job, result),
                EvidenceSource.FeedbackPhoto => Apply(photos.GetValueOrDefault(job.Key.Id), job, result),
                _ => Apply(activities.GetValueOrDefault(job.Key.Id), job, result),
            };
            if (!found) gone.Add(new EvidenceOutcome(job, result));
            else if (await TellAsync(db, job, result, told, ct)) told.Add(job.OwnerId);
        }
        return (gone, told.Count);
    }

    private static List<long> Ids(IReadOnlyList<EvidenceOutcome> outcomes, EvidenceSource source) =>
        outcomes.Where(o => o.Job.Key.Source == source).Select(o => o.Job.Key.Id).ToList();

    /// <summary>False when the row is gone (erased or purged while its file downloaded).</summary>
    private static bool Apply(IFetchedContent? row, EvidenceJob job, ContentDownloadResult result)
    {
        if (row is null) return false;
        // Nothing but the fetcher changes a pending row, and only one download per row runs at a time.
        if (row.Status != EvidenceStatus.Pending) return true;
        switch (row)
        {
            case ComplaintEvidence evidence: evidence.Attempts = job.Attempt; break;
            case ActivityEvidence evidence: evidence.Attempts = job.Attempt; break;
        }
        result.ApplyTo(row);
        return true;
    }

    private static bool Apply(FeedbackEntry? entry, EvidenceJob job, ContentDownloadResult result)
    {
        if (entry is null) return false;
        if (entry.PhotoStatus != EvidenceStatus.Pending) return true;
        entry.PhotoAttempts = job.Attempt;
        entry.PhotoStatus = result.Status;
        entry.PhotoNextAttemptAt = result.NextAttemptAt;
        entry.PhotoPath = result.FilePath ?? entry.PhotoPath;
        return true;
    }

    /// <summary>
    /// A named complainant hears once that a file was too large: not again for a second file of the same complaint,
    /// whether it finished in this commit or an earlier one.
    /// </summary>
    private async Task<bool> TellAsync(ItaBotDb db, EvidenceJob job, ContentDownloadResult result, HashSet<long> told, CancellationToken ct)
    {
        if (job.Key.Source != EvidenceSource.Complaint || result.Status != EvidenceStatus.TooLarge || told.Contains(job.OwnerId)) return false;
        var earlier = await db.ComplaintEvidence.AsNoTracking()
            .AnyAsync(e => e.ComplaintId == job.OwnerId && e.Status == EvidenceStatus.TooLarge && e.Id != job.Key.Id, ct);
        return !earlier && await tooLarge.TellAsync(db, job.OwnerId, time.GetUtcNow(), ct);
    }

    /// <summary>Its row was erased while it downloaded: the file must not outlive it.</summary>
    private void Discard(EvidenceOutcome outcome)
    {
        log.LogInformation("Evidence {Source} {EvidenceId} was removed while it downloaded; its file is not kept",
            outcome.Job.Key.Source, outcome.Job.Key.Id);
        DeleteFile(outcome);
    }

    /// <summary>Deletes the file a download left, which no row refers to.</summary>
    public void DeleteFile(EvidenceOutcome outcome)
    {
        if (outcome.Result.FilePath is not { } path) return;
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.LogWarning("The unrecorded file of evidence {Source} {EvidenceId} could not be deleted: {Error}",
                outcome.Job.Key.Source, outcome.Job.Key.Id, e.GetType().Name);
        }
    }
}
