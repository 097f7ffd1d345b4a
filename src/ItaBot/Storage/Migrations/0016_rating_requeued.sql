-- Whether a closing rating question left unanswered past the day drafts are kept was already put back to be asked
-- again. It is put back once only: someone who leaves it a second time has chosen not to answer, and asking at each
-- of their returns for the rest of the month would nag.
ALTER TABLE Complaints ADD COLUMN RatingRequeued INTEGER NOT NULL DEFAULT 0;
