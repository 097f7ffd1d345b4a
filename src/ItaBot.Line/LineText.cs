using System.Globalization;

namespace ItaBot.Line;

/// <summary>
/// LINE counts labels and a few other fields in grapheme clusters, so a Thai consonant with its
/// combining vowel and tone marks is one character even though it is several UTF-16 units.
/// </summary>
public static class LineText
{
    public static int Graphemes(string? s) => string.IsNullOrEmpty(s) ? 0 : new StringInfo(s).LengthInTextElements;
}
