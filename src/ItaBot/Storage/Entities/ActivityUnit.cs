namespace ItaBot.Storage.Entities;

public sealed class ActivityUnit
{
    public long ActivityId { get; set; }
    public string Unit { get; set; } = "";
}
