namespace ItaBot.Storage.Entities;

public sealed class DialogStateRow
{
    public string ChatKey { get; set; } = "";
    public byte[] State { get; set; } = [];
    public long UpdatedAt { get; set; }
}
