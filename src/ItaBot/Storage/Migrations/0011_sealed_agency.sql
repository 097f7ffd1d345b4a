-- The agency a case was forwarded to is free text an officer types, so it is sealed like every other free text.
-- ForwardedTo keeps rows written before this script readable until the host seals them at its next start.
ALTER TABLE Complaints ADD COLUMN ForwardedAgency BLOB NULL;
