namespace ItaBot.Measures.Import;

/// <summary>The status words a measures file may use.</summary>
public static class ActivityStatuses
{
    public const string NotStarted = "not_started";
    public const string InProgress = "in_progress";
    public const string Done = "done";

    public static IReadOnlyList<string> All { get; } = [NotStarted, InProgress, Done];
}
