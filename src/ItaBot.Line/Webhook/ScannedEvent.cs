namespace ItaBot.Line.Webhook;

/// <summary>
/// What storing an event needs, read without building the event: its identity, order key, chat and exact bytes.
/// <see cref="Raw"/> is the event object's range in the scanned body.
/// </summary>
public readonly record struct ScannedEvent(string Type, string? WebhookEventId, long Timestamp, bool IsStandby, string? ChatId, Range Raw);
