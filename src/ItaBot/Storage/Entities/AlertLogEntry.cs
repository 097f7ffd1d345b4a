namespace ItaBot.Storage.Entities;

public sealed class AlertLogEntry
{
    public string Key { get; set; } = "";
    public long At { get; set; }
}
