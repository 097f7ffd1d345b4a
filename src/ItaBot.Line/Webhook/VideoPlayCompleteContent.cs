using System.Text.Json;

namespace ItaBot.Line.Webhook;

public sealed class VideoPlayCompleteContent
{
    public string TrackingId { get; init; } = "";

    internal static VideoPlayCompleteContent Read(JsonElement e) =>
        new() { TrackingId = JsonRead.String(e, "trackingId") ?? "" };
}
