-- When a complainant gave their closing rating. Published satisfaction figures count ratings by the day they were
-- given, so a figure for a past day stays the same however late it is computed (before this, a rating was dropped
-- from past days whenever its case row changed again). Rows rated before this script get the time of their last
-- change, which for a rated case is nearly always the rating itself.
ALTER TABLE Complaints ADD COLUMN SatisfactionAt INTEGER NULL;
UPDATE Complaints SET SatisfactionAt = UpdatedAt WHERE Satisfaction IS NOT NULL;
