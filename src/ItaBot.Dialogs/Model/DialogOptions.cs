namespace ItaBot.Dialogs;

public sealed record DialogOptions
{
    /// <summary>
    /// Left unanswered this long, a draft is paused: the person's next message may not answer the old question
    /// (they went to find a document, or came back for something else), so they are first asked whether to go on.
    /// </summary>
    public TimeSpan PauseAfter { get; init; } = TimeSpan.FromMinutes(30);
    /// <summary>Left unanswered this long, a draft is no longer kept (the host's retention purge deletes it).</summary>
    public TimeSpan KeepFor { get; init; } = TimeSpan.FromDays(1);
    public int MaxRetries { get; init; } = 3;
    /// <summary>Files said to be larger than this are refused at an evidence step; null: no limit.</summary>
    public long? MaxFileBytes { get; init; }

    /// <summary>Whole days a draft is kept, as the person is told when it is gone.</summary>
    public int KeptDays => (int)Math.Ceiling(KeepFor.TotalDays);
}
