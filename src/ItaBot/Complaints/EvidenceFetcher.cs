using ItaBot.Configuration;
using ItaBot.Line.Api;
using ItaBot.Outbox;
using ItaBot.Security;
using ItaBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItaBot.Complaints;

/// <summary>
/// Downloads what people send as evidence (complaint evidence, feedback photos, measure-activity photos) from
/// LINE's content API after the turn that recorded it, and keeps it only encrypted on disk. It runs apart from the turns so a slow download never delays anybody's answer.
/// </summary>
public sealed class EvidenceFetcher(
    IServiceScopeFactory scopes,
    ContentDownload download,
    EvidenceTooLargeNotice tooLarge,
    OutboxSignal outbox,
    TimeProvider time,
    ILogger<EvidenceFetcher> log) : BackgroundService
{
    public const string FilePurpose = "evidence.file";
    public const string FeedbackPhotoPurpose = "feedback.photo";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await FetchOnceAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "Evidence round failed"); }
            try { await Task.Delay(TimeSpan.FromSeconds(2), time, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    public async Task<int> FetchOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var now = time.Ms();
        var due = await db.ComplaintEvidence.Where(e => e.Status == EvidenceStatus.Pending && e.NextAttemptAt <= now)
            .OrderBy(e => e.Id).Take(16).ToListAsync(ct);
        var told = new HashSet<long>();
        foreach (var item in due)
        {
            item.Attempts++;
            var started = time.GetTimestamp();
            var result = await download.FetchAsync(item.LineMessageId ?? "", item.ComplaintId.ToString(), item.Id, FilePurpose, item.Attempts, now, ct);
            result.ApplyTo(item);
            log.LogInformation("Evidence {EvidenceId} of complaint {OwnerId}: {Outcome}, {Bytes} bytes in {Ms:0} ms",
                item.Id, item.ComplaintId, result.Outcome, result.Size, time.GetElapsedTime(started).TotalMilliseconds);
            if (result.Status == EvidenceStatus.TooLarge && !told.Contains(item.ComplaintId)
                && await tooLarge.TellAsync(db, item.ComplaintId, time.GetUtcNow(), ct))
                told.Add(item.ComplaintId);
        }
        var photos = await FetchFeedbackPhotosAsync(db, now, ct);
        var activities = await FetchActivityEvidenceAsync(db, now, ct);
        await db.SaveChangesAsync(ct);
        if (told.Count > 0) outbox.Signal.Raise();
        return due.Count + photos + activities;
    }

    /// <summary>The optional photo of a feedback entry: downloaded the same way, into its own folder and purpose.</summary>
    private async Task<int> FetchFeedbackPhotosAsync(ItaBotDb db, long now, CancellationToken ct)
    {
        var due = await db.Feedback.Where(f => f.PhotoStatus == EvidenceStatus.Pending && f.PhotoNextAttemptAt <= now)
            .OrderBy(f => f.Id).Take(16).ToListAsync(ct);
        foreach (var entry in due)
        {
            entry.PhotoAttempts++;
            var started = time.GetTimestamp();
            var result = await download.FetchAsync(entry.PhotoMessageId ?? "", Path.Combine("feedback", entry.Id.ToString()), entry.Id,
                FeedbackPhotoPurpose, entry.PhotoAttempts, now, ct);
            entry.PhotoStatus = result.Status;
            entry.PhotoNextAttemptAt = result.NextAttemptAt;
            entry.PhotoPath = result.FilePath ?? entry.PhotoPath;
            log.LogInformation("Photo of feedback {RefNo}: {Outcome}, {Bytes} bytes in {Ms:0} ms",
                entry.RefNo, result.Outcome, result.Size, time.GetElapsedTime(started).TotalMilliseconds);
        }
        return due.Count;
    }

    /// <summary>Photos staff send as evidence of a measure activity; the annual report reads them back.</summary>
    private async Task<int> FetchActivityEvidenceAsync(ItaBotDb db, long now, CancellationToken ct)
    {
        var due = await db.ActivityEvidence
            .Where(e => e.Status == EvidenceStatus.Pending && e.LineMessageId != null && e.NextAttemptAt <= now)
            .OrderBy(e => e.Id).Take(16).ToListAsync(ct);
        foreach (var item in due)
        {
            item.Attempts++;
            var started = time.GetTimestamp();
            var result = await download.FetchAsync(item.LineMessageId!, Path.Combine("activities", item.ActivityId.ToString()), item.Id,
                Reports.Data.ActivityEvidenceFiles.Purpose, item.Attempts, now, ct);
            result.ApplyTo(item);
            log.LogInformation("Evidence {EvidenceId} of activity {ActivityId}: {Outcome}, {Bytes} bytes in {Ms:0} ms",
                item.Id, item.ActivityId, result.Outcome, result.Size, time.GetElapsedTime(started).TotalMilliseconds);
        }
        return due.Count;
    }
}
