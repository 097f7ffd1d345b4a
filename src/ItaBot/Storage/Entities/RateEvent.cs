namespace ItaBot.Storage.Entities;

public sealed class RateEvent
{
    public long Id { get; set; }
    public string Key { get; set; } = "";
    public long At { get; set; }
}
