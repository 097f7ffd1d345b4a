using System.Globalization;
using System.Text.RegularExpressions;

namespace ItaBot.Dialogs;

internal static partial class Template
{
    [GeneratedRegex(@"\{([A-Za-z0-9_]+)\}")]
    private static partial Regex Placeholder();

    public static IEnumerable<string> SlotsIn(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value);

    public static string Render(string template, Func<string, string?> lookup) =>
        Placeholder().Replace(template, m => lookup(m.Groups[1].Value) ?? "");

    /// <summary>
    /// Like <see cref="Render"/>, but a line that had slots and is blank once they are filled is left out: an optional
    /// part such as the office phone, written on a line of its own, leaves no empty line when it is not configured, and
    /// one at the end of a line leaves no trailing space.
    /// </summary>
    public static string RenderLines(string template, Func<string, string?> lookup)
    {
        var lines = new List<string>();
        foreach (var line in template.Split('\n'))
        {
            if (!Placeholder().IsMatch(line))
            {
                lines.Add(line);
                continue;
            }
            var filled = Render(line, lookup).TrimEnd();
            if (filled.Trim().Length > 0)
                lines.Add(filled);
        }
        return string.Join('\n', lines);
    }

    public static int Graphemes(string text) => new StringInfo(text).LengthInTextElements;
}
