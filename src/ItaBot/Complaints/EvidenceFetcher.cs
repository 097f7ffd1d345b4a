using ItaBot.Line.Api;
using ItaBot.Storage;

namespace ItaBot.Complaints;

/// <summary>
/// Downloads what people send as evidence (complaint evidence, feedback photos, measure-activity photos) from
/// LINE's content API after the turn that recorded it, and keeps it only encrypted on disk. It runs apart from the
/// turns so a slow download never delays anybody's answer, and a few downloads run at once (Storage:EvidenceDownloads)
/// so that one person's slow video does not hold up everybody else's photos.
/// </summary>
/// <remarks>
/// One loop owns the database side: it writes down what has finished, then starts what is due in the free lanes, and
/// waits until a download finishes or the next poll. Downloads only fetch and seal; they never touch SQLite.
/// </remarks>
public sealed class EvidenceFetcher(
    IServiceScopeFactory scopes,
    IContentDownload download,
    EvidenceRecording recording,
    TimeProvider time,
    ILogger<EvidenceFetcher> log) : BackgroundService
{
    public const string FilePurpose = "evidence.file";
    public const string FeedbackPhotoPurpose = "feedback.photo";

    /// <summary>How often due rows are looked for when no download has ended meanwhile; timed by the injected clock.</summary>
    internal static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lanes = new DownloadLanes<EvidenceKey, EvidenceOutcome>(download.Lanes);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try { await PassAsync(lanes, stoppingToken); }
                catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "Evidence round failed"); }
                await lanes.WaitAsync(Poll, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        finally
        {
            await FinishAsync(lanes);
        }
    }

    /// <summary>Record what has finished, then fill the free lanes with what is due.</summary>
    private async Task PassAsync(DownloadLanes<EvidenceKey, EvidenceOutcome> lanes, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        await RecordAsync(db, lanes, ct);
        var now = time.Ms();
        foreach (var job in await EvidenceJobs.DueAsync(db, now, lanes.Taken, lanes.Free, ct))
            lanes.TryStart(job.Key, token => FetchAsync(job, now, token), ct);
    }

    /// <summary>
    /// Keys are released only once their result is committed, so a download that has ended but is not yet written
    /// down is never started again. A result that cannot be written is counted as a failed attempt of its own row
    /// (<see cref="EvidenceRecording"/>); one the database refuses even that keeps its key and is tried at the next pass.
    /// </summary>
    private async Task RecordAsync(ItaBotDb db, DownloadLanes<EvidenceKey, EvidenceOutcome> lanes, CancellationToken ct)
    {
        var finished = lanes.Finished();
        foreach (var failed in finished.Where(f => f.Result is null))
        {
            if (failed.Error is not OperationCanceledException)
                log.LogError(failed.Error, "Evidence {Source} {EvidenceId} download failed", failed.Key.Source, failed.Key.Id);
            lanes.Release(failed.Key);
        }
        var done = finished.Where(f => f.Result is not null).Select(f => f.Result!).ToList();
        if (done.Count == 0) return;
        foreach (var recorded in await recording.RecordAsync(db, done, ct)) lanes.Release(recorded.Job.Key);
    }

    private async Task<EvidenceOutcome> FetchAsync(EvidenceJob job, long now, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        ContentDownloadResult result;
        try
        {
            result = await download.FetchAsync(job.MessageId, job.Folder, job.Key.Id, job.Purpose, job.Attempt, now, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // The disk, or anything else that is not LINE: counted as an attempt and tried again later like a network
            // failure, so a file that can never be stored is given up after MaxAttempts instead of every pass for ever.
            if (e is IOException or UnauthorizedAccessException)
                log.LogError("Evidence {Source} {EvidenceId} could not be stored: {Error}", job.Key.Source, job.Key.Id, e.GetType().Name);
            else
                log.LogError(e, "Evidence {Source} {EvidenceId} download failed", job.Key.Source, job.Key.Id);
            result = ContentDownload.Later(LineApiOutcome.NetworkError, job.Attempt, now);
        }
        log.LogInformation("Evidence {Source} {EvidenceId} of {OwnerId}: {Outcome}, {Bytes} bytes in {Ms:0} ms",
            job.Key.Source, job.Key.Id, job.OwnerId, result.Outcome, result.Size, time.GetElapsedTime(started).TotalMilliseconds);
        return new EvidenceOutcome(job, result);
    }

    /// <summary>
    /// Downloads share the stopping token, so they end at once; what had already finished is still written down, so a
    /// file stored just before shutdown is not fetched again.
    /// </summary>
    private async Task FinishAsync(DownloadLanes<EvidenceKey, EvidenceOutcome> lanes)
    {
        await lanes.DrainAsync();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await RecordAsync(scope.ServiceProvider.GetRequiredService<ItaBotDb>(), lanes, CancellationToken.None);
        }
        catch (Exception e)
        {
            log.LogWarning("Finished evidence downloads could not be recorded at shutdown; they will be fetched again: {Error}", e.GetType().Name);
        }
    }
}
