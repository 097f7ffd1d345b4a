using ItaBot.Measures.Import;

namespace ItaBot.Measures;

/// <summary>What staff see: the three stored statuses plus the derived overdue state; each has a text activity.status.*.</summary>
public static class ActivityStates
{
    public const string Overdue = "overdue";

    public static IReadOnlyList<string> Stored => ActivityStatuses.All;

    public static string TextKey(string state) => "activity.status." + state;
}
