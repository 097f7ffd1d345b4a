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
    LineMessagingClient client,
    FieldCipher cipher,
    IOptions<StorageOptions> storage,
    TimeProvider time,
    ILogger<ActivityEvidenceFetcher> log) : BackgroundService
{
    // Reports read these files back, so both sides name the purpose in one place.
    public const string FilePurpose = Reports.Data.ActivityEvidenceFiles.Purpose;
    private const int MaxAttempts = 10;

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
            var result = await client.GetContentAsync(item.LineMessageId!, ct);
            item.Attempts++;
            if (result.Outcome == LineApiOutcome.Ok && result.Value is { } content)
            {
                item.FilePath = await StoreAsync(item.ActivityId, item.Id, content.Bytes, ct);
                item.ContentType = content.ContentType;
                item.Size = content.Bytes.Length;
                item.Status = EvidenceStatus.Stored;
            }
            else if (result.Outcome is LineApiOutcome.Gone or LineApiOutcome.NotFound)
                item.Status = EvidenceStatus.Gone;
            else if (item.Attempts >= MaxAttempts || !(result.IsRetryable || result.Outcome == LineApiOutcome.NotReady))
                item.Status = EvidenceStatus.Failed;
            else
                item.NextAttemptAt = now + (long)Math.Min(600_000, 2_000 * Math.Pow(2, item.Attempts));
            log.LogInformation("Evidence {EvidenceId} of activity {ActivityId}: {Outcome}", item.Id, item.ActivityId, result.Outcome);
        }
        await db.SaveChangesAsync(ct);
        return due.Count;
    }

    private async Task<string> StoreAsync(long activityId, long evidenceId, byte[] bytes, CancellationToken ct)
    {
        var directory = Path.GetFullPath(Path.Combine(storage.Value.EvidenceDirectory, "activities", activityId.ToString()));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, evidenceId + ".bin");
        await File.WriteAllBytesAsync(path, cipher.Encrypt(bytes, FilePurpose), ct);
        return path;
    }
}
