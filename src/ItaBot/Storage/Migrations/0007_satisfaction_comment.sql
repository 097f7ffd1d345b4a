-- The optional comment a complainant adds to the 1-5 rating after closing; encrypted like every free text.
ALTER TABLE Complaints ADD COLUMN SatisfactionComment BLOB NULL;
