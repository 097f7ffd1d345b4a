using ItaBot.Line.Webhook;
using ItaBot.Storage;

namespace ItaBot.Inbox;

/// <summary>One webhook event being handled, inside the transaction that will also hold its effects.</summary>
public sealed class Turn(ItaBotDb db, WebhookEvent @event, DateTimeOffset receivedAt, DateTimeOffset now)
{
    public ItaBotDb Db { get; } = db;
    public WebhookEvent Event { get; } = @event;
    public DateTimeOffset ReceivedAt { get; } = receivedAt;
    public DateTimeOffset Now { get; } = now;

    public string? UserId => Event.Source?.UserId;
    public string? ChatId => Event.Source?.ChatId;
    public bool IsOneToOne => Event.Source?.IsUser == true;
    public string EventId => Event.WebhookEventId ?? "";
}
