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

    public static int Graphemes(string text) => new StringInfo(text).LengthInTextElements;
}
