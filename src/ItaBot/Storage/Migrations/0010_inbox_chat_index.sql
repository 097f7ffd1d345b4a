-- The person's key alone: with Status in it, marking an event handled moved its entry to another page of this
-- index, a page picked at random by the key's hash; one more page written per turn on the single writer path.
-- The only reader (privacy erase, by ChatKey) still finds a person's events through it.
DROP INDEX IF EXISTS IX_InboxEvents_Chat;
CREATE INDEX IX_InboxEvents_ChatKey ON InboxEvents (ChatKey);
