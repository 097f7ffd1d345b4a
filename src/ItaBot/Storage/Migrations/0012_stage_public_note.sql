-- A public note belongs to the stage it was written at, and is shown only while the case is still there: a note
-- about the investigation must not read as the news of closing. Result is what the complainant was told at แจ้งผล,
-- sealed like every free text, and stays visible after closing.
ALTER TABLE Complaints ADD COLUMN PublicNoteStage TEXT NULL;
ALTER TABLE Complaints ADD COLUMN Result BLOB NULL;
-- An existing note is taken as current only when the audit log shows it written after the case last moved; any
-- other stays stored but hidden until a note of the current stage replaces it.
UPDATE Complaints SET PublicNoteStage = Stage
WHERE PublicNote IS NOT NULL
  AND (SELECT MAX(At) FROM AuditEntries WHERE Subject = Complaints.CaseNo AND Action = 'complaint.public_note')
      >= COALESCE((SELECT MAX(At) FROM AuditEntries WHERE Subject = Complaints.CaseNo AND Action = 'complaint.stage'), 0);
