-- The closing rating question held back because the complainant had a draft it would have replaced: when it was
-- held back, so that it is asked once, after that draft ends, and not at all once PendingRatings.OfferFor has passed.
-- Cleared when asked. The partial index keeps the look-up made when a citizen's draft ends or the menu is shown
-- to the few rows that have one.
ALTER TABLE Complaints ADD COLUMN RatingPendingSince INTEGER NULL;
CREATE INDEX IX_Complaints_RatingPending ON Complaints (ComplainantHash) WHERE RatingPendingSince IS NOT NULL;
