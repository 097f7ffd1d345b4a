namespace ItaBot.Storage.Entities;

public sealed class SequenceCounter
{
    public string Name { get; set; } = "";
    public long Value { get; set; }
}
