namespace ItaBot.LineEmulator;

/// <summary>One Messaging API call the bot made. Status 0 means the caller never got an answer (timeout faults).</summary>
public sealed record ApiCall(string Method, string Path, int Status, string? RetryKey, DateTimeOffset At);
