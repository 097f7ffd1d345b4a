-- Feedback photos are downloaded from LINE after submission, like complaint evidence.
ALTER TABLE Feedback ADD COLUMN PhotoStatus TEXT NULL;
ALTER TABLE Feedback ADD COLUMN PhotoAttempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE Feedback ADD COLUMN PhotoNextAttemptAt INTEGER NOT NULL DEFAULT 0;
UPDATE Feedback SET PhotoStatus = 'pending' WHERE PhotoMessageId IS NOT NULL AND PhotoPath IS NULL;
CREATE INDEX IX_Feedback_PhotoPending ON Feedback (PhotoStatus, PhotoNextAttemptAt);
