using System.Text.RegularExpressions;

namespace ItaBot.Reports;

/// <summary>
/// Puts a number or dash in front of a list item unless the organisation wrote one there already, as imported
/// plans often do ("๑. มีคู่มือ…", "๓.) กรณี…", "- ลดโอกาส…"); a second marker in front of theirs reads as a typo.
/// </summary>
internal static partial class ListMarker
{
    public static string Numbered(int number, string text) =>
        HasNumber(text) ? text : $"{ThaiText.Digits(number.ToString(System.Globalization.CultureInfo.InvariantCulture))}. {text}";

    public static string Dashed(string text) => HasNumber(text) || HasDash(text) ? text : $"- {text}";

    public static bool HasNumber(string text) => Number().IsMatch(text);

    private static bool HasDash(string text) => Dash().IsMatch(text);

    // Thai or Arabic digits closed by "." or ")", also "(๑)" and sub-items such as "๑.๑".
    [GeneratedRegex(@"^\s*\(?[0-9๐-๙]+(?:[.)]|\.[0-9๐-๙])")]
    private static partial Regex Number();

    [GeneratedRegex(@"^\s*[-–—•●▪*]")]
    private static partial Regex Dash();
}
