namespace ItaBot.Privacy;

public sealed record PurgeResult(
    int InboxEvents, int OutboxMessages, int EvidenceFiles, int Complaints, int Feedback, int AuditEntries, int RateEvents)
{
    public int Total => InboxEvents + OutboxMessages + EvidenceFiles + Complaints + Feedback + AuditEntries + RateEvents;

    public override string ToString() =>
        $"inbox events {InboxEvents}, outbox rows {OutboxMessages}, evidence files {EvidenceFiles}, closed complaints {Complaints}, " +
        $"feedback {Feedback}, audit entries {AuditEntries}, rate counters {RateEvents}";
}
