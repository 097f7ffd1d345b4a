namespace ItaBot.Dialogs;

public sealed record DialogOptions
{
    public TimeSpan Expiry { get; init; } = TimeSpan.FromMinutes(30);
    public int MaxRetries { get; init; } = 3;
}
