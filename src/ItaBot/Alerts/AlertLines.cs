namespace ItaBot.Alerts;

/// <summary>
/// The body of an alert that lists many things (late activities, a burst of cases): enough lines to see the worst,
/// short enough to read on a phone, and a last line counting the rest.
/// </summary>
public static class AlertLines
{
    public const int Max = 10;

    public static string Join<T>(IReadOnlyList<T> items, Func<T, string> line, Func<int, string> more)
    {
        var lines = items.Take(Max).Select(line).ToList();
        if (items.Count > Max) lines.Add(more(items.Count - Max));
        return string.Join("\n", lines);
    }
}
