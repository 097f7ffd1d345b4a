-- Where the webhook stores events before it answers LINE. No index but the row id, so a group commit appends to
-- the end of one b-tree instead of touching a page of every InboxEvents index per event (which made storing cost
-- more than the rest of the request). The inbox processor moves arrivals into InboxEvents, deduplicating on
-- WebhookEventId there, in the same transaction that deletes them here.
CREATE TABLE InboxArrivals (
    Seq INTEGER PRIMARY KEY,
    WebhookEventId TEXT NOT NULL,
    ChatKey TEXT NOT NULL,
    EventType TEXT NOT NULL,
    Standby INTEGER NOT NULL,
    EventTimestamp INTEGER NOT NULL,
    ReceivedAt INTEGER NOT NULL,
    Payload BLOB NOT NULL
);
