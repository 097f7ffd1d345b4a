namespace ItaBot.Privacy;

public sealed record PurgeResult(
    int InboxEvents, int OutboxMessages, int EvidenceFiles, int Complaints, int Feedback, int AuditEntries, int RateEvents,
    int AbandonedDrafts, int IdleAccounts, int ReportFiles)
{
    public int Total => InboxEvents + OutboxMessages + EvidenceFiles + Complaints + Feedback + AuditEntries + RateEvents
                        + AbandonedDrafts + IdleAccounts + ReportFiles;

    public override string ToString() =>
        $"inbox events {InboxEvents}, outbox rows {OutboxMessages}, evidence files {EvidenceFiles}, closed complaints {Complaints}, " +
        $"feedback {Feedback}, audit entries {AuditEntries}, rate counters {RateEvents}, abandoned drafts {AbandonedDrafts}, " +
        $"idle LINE accounts {IdleAccounts}, expired report files {ReportFiles}";
}
