namespace ItaBot.Line.Messaging;

public sealed class StickerMessage(string packageId, string stickerId) : Message
{
    public string PackageId { get; } = packageId;
    public string StickerId { get; } = stickerId;
}
