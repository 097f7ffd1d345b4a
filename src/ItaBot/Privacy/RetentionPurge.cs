using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Staff.ReportsDesk;
using ItaBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ItaBot.Privacy;

/// <summary>
/// Deletes what has outlived its retention period, then VACUUMs. Every connection runs with secure_delete=ON
/// (SqlitePragmas), so deleted rows are overwritten with zeros, and the WAL is truncated so no copy lingers there.
/// Evidence files are deleted from disk before their rows; report files whose download link has expired go too.
/// </summary>
public sealed class RetentionPurge(
    Database database,
    ReportFileStore reports,
    IOptions<RetentionOptions> options,
    DraftLifetime drafts,
    DialogStore dialogs,
    TimeProvider time,
    ILogger<RetentionPurge> log)
{
    /// <summary>Accounts nobody still needs to reach: no open complaint of theirs, no active staff row, no feedback awaiting an answer.</summary>
    private const string IdleAccounts =
        "DELETE FROM LineUsers WHERE LastSeen < $c " +
        "AND UserHash NOT IN (SELECT ComplainantHash FROM Complaints WHERE ClosedAt IS NULL AND ComplainantHash IS NOT NULL) " +
        "AND UserHash NOT IN (SELECT UserHash FROM StaffMembers WHERE Status = 'active' AND UserHash IS NOT NULL) " +
        "AND UserHash NOT IN (SELECT UserHash FROM Feedback WHERE Status = 'new' AND UserHash IS NOT NULL)";

    public PurgeResult Run()
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        long Cutoff(int days) => now.AddDays(-days).ToUnixTimeMilliseconds();
        var draftCutoff = now.Add(-drafts.KeepFor).ToUnixTimeMilliseconds();
        PurgeResult result;
        using (var connection = database.Open())
        {
            using var tx = connection.BeginTransaction();
            var files = EvidenceFilesOfClosedBefore(connection, tx, Cutoff(o.EvidenceDays))
                .Concat(FeedbackPhotosBefore(connection, tx, Cutoff(o.FeedbackDays))).ToList();
            var removedFiles = files.Count(Delete);
            Execute(connection, tx, "DELETE FROM ComplaintEvidence WHERE ComplaintId IN (SELECT Id FROM Complaints WHERE ClosedAt < $c)", Cutoff(o.EvidenceDays));
            result = new PurgeResult(
                Execute(connection, tx, "DELETE FROM InboxEvents WHERE Status <> 0 AND ProcessedAt < $c", Cutoff(o.InboxDays)),
                Execute(connection, tx, "DELETE FROM OutboxMessages WHERE Status <> 0 AND CreatedAt < $c", Cutoff(o.OutboxDays)),
                removedFiles,
                Execute(connection, tx, "DELETE FROM Complaints WHERE ClosedAt < $c", Cutoff(o.ClosedComplaintDays)),
                Execute(connection, tx, "DELETE FROM Feedback WHERE Status <> 'new' AND ReceivedAt < $c", Cutoff(o.FeedbackDays)),
                Execute(connection, tx, "DELETE FROM AuditEntries WHERE At < $c", Cutoff(o.AuditDays)),
                Execute(connection, tx, "DELETE FROM RateEvents WHERE At < $c", Cutoff(o.RateEventDays)),
                RemoveDrafts(connection, tx, draftCutoff, Cutoff(o.RemovedDraftNoticeDays), now),
                Execute(connection, tx, IdleAccounts, Cutoff(o.IdleAccountDays)),
                reports.Sweep(now));
            // Rating questions held back too long are never asked (PendingRatings.OfferFor); nothing personal, just tidied.
            Execute(connection, tx, "UPDATE Complaints SET RatingPendingSince = NULL WHERE RatingPendingSince < $c",
                now.Add(-PendingRatings.OfferFor).ToUnixTimeMilliseconds());
            Execute(connection, tx,
                $"INSERT INTO AuditEntries (At, Actor, Action, Subject, Detail) VALUES ($c, 'system', 'retention.purged', 'database', '{result}')",
                now.ToUnixTimeMilliseconds());
            tx.Commit();
            if (result.Total > 0 && !Compact(connection))
                log.LogWarning("Retention purge: readers kept the WAL from being emptied; old page copies go at the next checkpoint");
        }
        log.LogInformation("Retention purge removed {Summary}", result.ToString());
        return result;
    }

    /// <summary>
    /// Drafts past their time lose everything the person typed; what stays is a mark (the chat's keyed hash, an empty
    /// state and when), so that the person is told at their next message why the draft is gone instead of being
    /// answered as a stranger. Marks go after Retention:RemovedDraftNoticeDays, or as soon as the person is told.
    /// </summary>
    private int RemoveDrafts(SqliteConnection connection, SqliteTransaction tx, long draftCutoff, long markCutoff, DateTimeOffset now)
    {
        Execute(connection, tx, "DELETE FROM DialogStates WHERE length(State) = 0 AND UpdatedAt < $c", markCutoff);
        var requeued = RequeueRatings(connection, tx, draftCutoff, now);
        if (requeued > 0) log.LogInformation("Retention purge: {Count} unanswered rating questions will be asked again", requeued);
        return Execute(connection, tx,
            $"UPDATE DialogStates SET State = x'', UpdatedAt = {now.ToUnixTimeMilliseconds()} WHERE length(State) > 0 AND UpdatedAt < $c", draftCutoff);
    }

    /// <summary>
    /// A closing rating question left unanswered past the day is in one of the drafts about to go. It is not lost with
    /// it: its case waits again (PendingRatings), to be asked at the person's next turn with no draft, within the month.
    /// Read here, before the drafts lose their content, in the same transaction that removes them.
    /// </summary>
    private int RequeueRatings(SqliteConnection connection, SqliteTransaction tx, long draftCutoff, DateTimeOffset now)
    {
        var cases = Column<byte[]>(connection, tx, "SELECT State FROM DialogStates WHERE length(State) > 0 AND UpdatedAt < $c", draftCutoff)
            .Select(dialogs.TryOpen).OfType<DialogState>().Select(PendingRatings.CaseAskedIn).OfType<long>().ToList();
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = PendingRatings.RequeueSql;
        var requeued = 0;
        foreach (var id in cases)
        {
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$since", PendingRatings.OfferedSince(now));
            requeued += command.ExecuteNonQuery();
        }
        return requeued;
    }

    /// <summary>VACUUM rebuilds the file without the freed pages; the checkpoint then empties the WAL.</summary>
    private static bool Compact(SqliteConnection connection)
    {
        Execute(connection, null, "VACUUM", 0);
        return WalTruncation.Run(connection);
    }

    private static List<string> EvidenceFilesOfClosedBefore(SqliteConnection connection, SqliteTransaction tx, long cutoff) =>
        Column<string>(connection, tx, "SELECT e.FilePath FROM ComplaintEvidence e JOIN Complaints c ON c.Id = e.ComplaintId " +
                                "WHERE c.ClosedAt < $c AND e.FilePath IS NOT NULL", cutoff);

    private static List<string> FeedbackPhotosBefore(SqliteConnection connection, SqliteTransaction tx, long cutoff) =>
        Column<string>(connection, tx, "SELECT PhotoPath FROM Feedback WHERE Status <> 'new' AND ReceivedAt < $c AND PhotoPath IS NOT NULL", cutoff);

    private static bool Delete(string path)
    {
        if (!File.Exists(path)) return false;
        File.Delete(path);
        return true;
    }

    /// <summary>The first column of every row <paramref name="sql"/> selects, with $c bound to <paramref name="cutoff"/>.</summary>
    private static List<T> Column<T>(SqliteConnection connection, SqliteTransaction tx, string sql, long cutoff)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$c", cutoff);
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(reader.GetFieldValue<T>(0));
        return list;
    }

    private static int Execute(SqliteConnection connection, SqliteTransaction? tx, string sql, long cutoff)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        if (sql.Contains("$c")) command.Parameters.AddWithValue("$c", cutoff);
        return command.ExecuteNonQuery();
    }
}
