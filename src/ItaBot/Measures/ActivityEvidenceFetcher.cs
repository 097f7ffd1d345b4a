using ItaBot.Complaints;
using ItaBot.Configuration;
using ItaBot.Line.Api;
using ItaBot.Security;
using ItaBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItaBot.Measures;

/// <summary>
/// Downloads the photos staff send as evidence of an activity from LINE's content API, after the turn that
/// recorded them, and keeps them encrypted under evidence/activities. LINE keeps content for a limited time, so
/// the download is tried soon and retried with backoff, never inside a turn.
/// </summary>
public sealed class ActivityEvidenceFetcher(
    IServiceScopeFactory scopes,
    ContentDownload download,
    TimeProvider time,
    ILogger<ActivityEvidenceFetcher> log) : BackgroundService
{
    // Reports read these files back, so both sides name the purpose in one place.
    public const string FilePurpose = Reports.Data.ActivityEvidenceFiles.Purpose;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await FetchOnceAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "Activity evidence round failed"); }
            try { await Task.Delay(TimeSpan.FromSeconds(2), time, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    public async Task<int> FetchOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var now = time.Ms();
        var due = await db.ActivityEvidence
            .Where(e => e.Status == EvidenceStatus.Pending && e.LineMessageId != null && e.NextAttemptAt <= now)
            .OrderBy(e => e.Id).Take(16).ToListAsync(ct);
        foreach (var item in due)
        {
            item.Attempts++;
            var result = await download.FetchAsync(item.LineMessageId ?? "", Path.Combine("activities", item.ActivityId.ToString()), item.Id, FilePurpose, item.Attempts, now, ct);
            item.Status = result.Status;
            item.NextAttemptAt = result.NextAttemptAt;
            item.FilePath = result.FilePath ?? item.FilePath;
            item.ContentType = result.ContentType ?? item.ContentType;
            item.Size = result.Size ?? item.Size;
            log.LogInformation("Evidence {EvidenceId} of activity {OwnerId}: {Outcome}", item.Id, item.ActivityId, result.Outcome);
        }
        await db.SaveChangesAsync(ct);
        return due.Count;
    }
}
