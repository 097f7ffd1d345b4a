using ItaBot.Configuration;
using ItaBot.Line.Api;
using ItaBot.Security;
using ItaBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItaBot.Complaints;

/// <summary>
/// Downloads complaint evidence from LINE's content API after the case is filed, and keeps it only encrypted on
/// disk. It runs apart from the turns so a slow download never delays anybody's answer.
/// </summary>
public sealed class EvidenceFetcher(
    IServiceScopeFactory scopes,
    LineMessagingClient client,
    FieldCipher cipher,
    IOptions<StorageOptions> storage,
    TimeProvider time,
    ILogger<EvidenceFetcher> log) : BackgroundService
{
    public const string FilePurpose = "evidence.file";
    private const int MaxAttempts = 10;

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
        foreach (var item in due)
        {
            var result = await client.GetContentAsync(item.LineMessageId ?? "", ct);
            item.Attempts++;
            if (result.Outcome == LineApiOutcome.Ok && result.Value is { } content)
            {
                item.FilePath = await StoreAsync(item.ComplaintId, item.Id, content.Bytes, ct);
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
            log.LogInformation("Evidence {EvidenceId} of complaint {ComplaintId}: {Outcome}", item.Id, item.ComplaintId, result.Outcome);
        }
        await db.SaveChangesAsync(ct);
        return due.Count;
    }

    private async Task<string> StoreAsync(long complaintId, long evidenceId, byte[] bytes, CancellationToken ct)
    {
        var directory = Path.GetFullPath(Path.Combine(storage.Value.EvidenceDirectory, complaintId.ToString()));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, evidenceId + ".bin");
        await File.WriteAllBytesAsync(path, cipher.Encrypt(bytes, FilePurpose), ct);
        return path;
    }
}
