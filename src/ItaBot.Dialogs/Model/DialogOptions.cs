namespace ItaBot.Dialogs;

public sealed record DialogOptions
{
    public TimeSpan Expiry { get; init; } = TimeSpan.FromMinutes(30);
    public int MaxRetries { get; init; } = 3;
    /// <summary>Files said to be larger than this are refused at an evidence step; null: no limit.</summary>
    public long? MaxFileBytes { get; init; }
}
