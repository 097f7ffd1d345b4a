-- Photos sent as evidence of a measure activity are downloaded after the turn, like complaint evidence:
-- the fetcher needs a retry count and time, and the size of what it stored. AddedBy names the staff member.
ALTER TABLE ActivityEvidence ADD COLUMN Attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ActivityEvidence ADD COLUMN NextAttemptAt INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ActivityEvidence ADD COLUMN Size INTEGER NULL;
ALTER TABLE ActivityEvidence ADD COLUMN AddedBy INTEGER NULL;
CREATE INDEX IX_ActivityEvidence_Pending ON ActivityEvidence (Status, NextAttemptAt);
CREATE INDEX IX_MeasureActivities_Measure ON MeasureActivities (MeasureId, SortOrder);
