using ItaBot.Storage;

namespace ItaBot.Inbox;

/// <summary>
/// The events a round handled, marked done or skipped with two statements at its end instead of one tracked update
/// per turn: on the single writer path each turn's share of EF's change tracking is time every other person waits.
/// Written in the round's transaction, so a crash leaves the events pending together with their undone effects.
/// </summary>
public sealed class RoundOutcomes
{
    private readonly List<long> _done = [];
    private readonly List<long> _skipped = [];

    public void Add(long inboxId, bool skipped) => (skipped ? _skipped : _done).Add(inboxId);

    public void Record(ItaBotDb db, long now)
    {
        Mark(db, _done, InboxStatus.Done, now);
        Mark(db, _skipped, InboxStatus.Skipped, now);
    }

    // Plain SQL: EF's ExecuteUpdate with a list parameter cost 30 µs per event on the serial writer path.
    private static void Mark(ItaBotDb db, List<long> ids, int status, long now)
    {
        if (ids.Count == 0) return;
        db.Prepared("UPDATE InboxEvents SET Status = $status, ProcessedAt = $now, Attempts = Attempts + 1 " +
                    "WHERE Id IN (SELECT value FROM json_each($ids))")
            .With("$status", status).With("$now", now).With("$ids", System.Text.Json.JsonSerializer.Serialize(ids))
            .ExecuteNonQuery();
    }
}
