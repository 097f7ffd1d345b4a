namespace ItaBot.Storage.Entities;

public sealed class InboxEvent
{
    public long Id { get; set; }
    public string WebhookEventId { get; set; } = "";
    public string ChatKey { get; set; } = "";
    public string EventType { get; set; } = "";
    public bool Standby { get; set; }
    public long EventTimestamp { get; set; }
    public long ReceivedAt { get; set; }
    public byte[] Payload { get; set; } = [];
    public int Status { get; set; }
    public int Attempts { get; set; }
    public long? ProcessedAt { get; set; }
    public string? Error { get; set; }
}
