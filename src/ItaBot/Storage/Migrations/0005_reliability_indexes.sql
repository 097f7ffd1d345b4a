-- Indexes found missing by the growth bench and needed by the retention purge (docs/RELIABILITY.md).
-- The unit filter of the activity list joins ActivityUnits on ActivityId; its primary key starts with Unit.
CREATE INDEX IF NOT EXISTS IX_ActivityUnits_Activity ON ActivityUnits (ActivityId);
-- The purge deletes handled inbox events and delivered outbox rows by age.
CREATE INDEX IF NOT EXISTS IX_InboxEvents_Processed ON InboxEvents (ProcessedAt);
CREATE INDEX IF NOT EXISTS IX_OutboxMessages_Finished ON OutboxMessages (Status, CreatedAt);
CREATE INDEX IF NOT EXISTS IX_AuditEntries_At ON AuditEntries (At);
CREATE INDEX IF NOT EXISTS IX_RateEvents_At ON RateEvents (At);
