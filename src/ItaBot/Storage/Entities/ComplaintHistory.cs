namespace ItaBot.Storage.Entities;

public sealed class ComplaintHistory
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public long At { get; set; }
    public string? FromStage { get; set; }
    public string ToStage { get; set; } = "";
    public byte[]? Note { get; set; }
    public long? ActorStaffId { get; set; }
}
