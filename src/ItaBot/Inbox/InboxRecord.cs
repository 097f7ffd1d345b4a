namespace ItaBot.Inbox;

/// <summary>One webhook event ready to be stored: identifiers in clear, the event itself encrypted.</summary>
public sealed record InboxRecord(
    string WebhookEventId,
    string ChatKey,
    string EventType,
    bool Standby,
    long EventTimestamp,
    byte[] Payload);
