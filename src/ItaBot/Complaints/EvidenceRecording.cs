using ItaBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Complaints;

/// <summary>
/// Writes finished downloads down so that one which cannot be written holds up no other. They are committed together
/// when they can be. When that fails, each is tried alone; one that still fails (a constraint, its row changed or
/// removed since it was read) is written as a failed attempt of its row instead, so it is fetched again after the
/// usual pause and given up after <see cref="ContentDownload.MaxAttempts"/>, as a download that failed would be.
/// A failure of the database as a whole (busy behind another process's write, a full disk, an I/O error) is no fault
/// of the result: it is kept, file and all, for the next pass, as counting it would throw good evidence away.
/// </summary>
public sealed class EvidenceRecording(IServiceScopeFactory scopes, EvidenceRecorder recorder, TimeProvider time,
    ILogger<EvidenceRecording> log)
{
    /// <returns>
    /// The outcomes now written down, as they came or as failed attempts. The others are those the database refused
    /// even as a failed attempt (a full disk refuses everything): their files are kept for the next try.
    /// </returns>
    public async Task<IReadOnlyList<EvidenceOutcome>> RecordAsync(ItaBotDb db, IReadOnlyList<EvidenceOutcome> outcomes, CancellationToken ct)
    {
        if (await TryRecordAsync(db, outcomes, ct) is not { } error) return outcomes;
        if (outcomes.Count == 1) return await AfterFailureAsync(outcomes[0], error, ct) ? outcomes : [];
        if (!RefusedForItsRow(error))
        {
            KeptForNextPass(outcomes.Count, error);
            return [];
        }
        log.LogWarning("{Count} evidence results could not be recorded together ({Error}); recording each alone", outcomes.Count, error.GetType().Name);
        var recorded = new List<EvidenceOutcome>();
        foreach (var outcome in outcomes)
            if (await RecordAloneAsync(outcome, ct)) recorded.Add(outcome);
        return recorded;
    }

    private async Task<bool> RecordAloneAsync(EvidenceOutcome outcome, CancellationToken ct)
    {
        // A fresh context each time: the one whose commit failed still holds the changes it could not write.
        await using var scope = scopes.CreateAsyncScope();
        return await TryRecordAsync(Db(scope), [outcome], ct) is not { } error || await AfterFailureAsync(outcome, error, ct);
    }

    /// <summary>Whether the result is now written down: as a failed attempt when its row refused it, not at all when the database failed.</summary>
    private async Task<bool> AfterFailureAsync(EvidenceOutcome outcome, Exception error, CancellationToken ct)
    {
        if (RefusedForItsRow(error)) return await RecordFailedAttemptAsync(outcome, error, ct);
        KeptForNextPass(1, error);
        return false;
    }

    /// <summary>
    /// A constraint (a trigger, a foreign key) or a row changed or removed since it was read: this result, not the
    /// database, is what cannot be written.
    /// </summary>
    public static bool RefusedForItsRow(Exception error) => error switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException { InnerException: SqliteException inner } => IsConstraint(inner),
        SqliteException e => IsConstraint(e),
        _ => false,
    };

    private static bool IsConstraint(SqliteException e) => e.SqliteErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT;

    private void KeptForNextPass(int count, Exception error) =>
        log.LogWarning("{Count} evidence results could not be recorded ({Error}); kept with their files for the next pass",
            count, error.GetType().Name);

    private async Task<bool> RecordFailedAttemptAsync(EvidenceOutcome outcome, Exception error, CancellationToken ct)
    {
        var (source, id) = (outcome.Job.Key.Source, outcome.Job.Key.Id);
        var failed = outcome.AsFailedAttempt(time.Ms());
        await using var scope = scopes.CreateAsyncScope();
        if (await TryRecordAsync(Db(scope), [failed], ct) is { } again)
        {
            log.LogWarning("Evidence {Source} {EvidenceId}: neither its result ({Error}) nor a failed attempt ({Again}) could be recorded; tried again at the next pass",
                source, id, error.GetType().Name, again.GetType().Name);
            return false;
        }
        log.LogError("Evidence {Source} {EvidenceId}: its result could not be recorded ({Error}); counted as failed attempt {Attempt}, now {Status}",
            source, id, error.GetType().Name, outcome.Job.Attempt, failed.Result.Status);
        recorder.DeleteFile(outcome);
        return true;
    }

    /// <returns>Why the commit failed; null when it succeeded.</returns>
    private async Task<Exception?> TryRecordAsync(ItaBotDb db, IReadOnlyList<EvidenceOutcome> outcomes, CancellationToken ct)
    {
        try
        {
            await recorder.RecordAsync(db, outcomes, ct);
            return null;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return e;
        }
    }

    private static ItaBotDb Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<ItaBotDb>();
}
