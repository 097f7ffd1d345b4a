using System.Globalization;
using System.Text;

namespace ItaBot.Dialogs;

/// <summary>The named checks a text step may ask for, and the typed-date reader.</summary>
internal static partial class InputRules
{
    public const string PhoneTh = "phone_th";
    public const string Name = "name";
    public const string ReceiptCode = "receipt_code";
    public const string Links = "links";

    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static readonly TimeSpan ThaiOffset = TimeSpan.FromHours(7);
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th-TH");

    /// <summary>The normalised value, or null when the text does not pass.</summary>
    public static string? Check(string rule, string text) => rule switch
    {
        PhoneTh => Phone(text),
        Name => PersonName(text),
        ReceiptCode => Receipt(text),
        Links => WebLinks(text),
        _ => text,
    };

    /// <summary>Older phones and keyboards send Thai digits (๐–๙); treat them as 0–9.</summary>
    public static string ArabicDigits(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(c is >= '๐' and <= '๙' ? (char)('0' + (c - '๐')) : c);
        return sb.ToString();
    }

    private static string? Phone(string text)
    {
        var digits = ArabicDigits(text).Replace("-", "").Replace(" ", "");
        var ok = digits.Length is 9 or 10 && digits[0] == '0' && digits.All(char.IsAsciiDigit);
        return ok ? digits : null;
    }

    private static string? PersonName(string text)
    {
        var name = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var letters = name.Count(char.IsLetter);
        var ok = letters >= 2 && name.Length <= 100 && name.All(c => char.IsLetter(c) || IsMark(c) || c is ' ' or '.' or '-' or '\'');
        return ok ? name : null;
    }

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static string? Receipt(string text)
    {
        var code = text.Replace("-", "").Replace(" ", "").ToUpperInvariant();
        if (code.Length != 16 || !code.All(CodeAlphabet.Contains))
            return null;
        return string.Join('-', code.Chunk(4).Select(c => new string(c)));
    }

    /// <summary>
    /// The web addresses in the text, one per line; "www." without a scheme is taken as https, since people copy
    /// addresses from the browser's bar where the scheme is hidden. Null when there is none.
    /// </summary>
    private static string? WebLinks(string text)
    {
        var links = text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.TrimEnd('.', ',', ')', '"'))
            .Select(word => word.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "https://" + word : word)
            .Where(word => Uri.TryCreate(word, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Contains('.'))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return links.Count == 0 ? null : string.Join('\n', links);
    }

    /// <summary>d/m/yyyy in Buddhist or Christian era, or yyyy-MM-dd from the date picker; never after today in Thailand.</summary>
    public static DateOnly? PastDate(string text, DateTimeOffset now)
    {
        var date = Iso(text) ?? DayMonthYear(ArabicDigits(text));
        var today = DateOnly.FromDateTime(now.ToOffset(ThaiOffset).DateTime);
        return date is { } d && d <= today ? d : null;
    }

    public static string DisplayDate(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToString("d MMMM yyyy", Thai);

    private static DateOnly? Iso(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>
    /// d/m/y anywhere in the text ("วันที่ 15/3/2568 ตอนเช้า"); a two-digit year is the Buddhist era's, as Thai
    /// forms write it (15/3/68).
    /// </summary>
    private static DateOnly? DayMonthYear(string text)
    {
        // A date is typed in a few words; a long message at the date question is a story, not a date to search for.
        var match = text.Length <= MaxDateText ? DatePattern().Match(text) : System.Text.RegularExpressions.Match.Empty;
        if (!match.Success)
            return null;
        var (day, month, year) = (Number(match.Groups[1]), Number(match.Groups[2]), Number(match.Groups[3]));
        if (year < 100)
            year += 2500;
        if (year > 2400)
            year -= 543;
        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        return new DateOnly(year, month, day);
    }

    private const int MaxDateText = 100;

    private static int Number(System.Text.RegularExpressions.Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![0-9])([0-9]{1,2})(?:\s*[/.\-]\s*|\s+)([0-9]{1,2})(?:\s*[/.\-]\s*|\s+)([0-9]{2}|[0-9]{4})(?![0-9])")]
    private static partial System.Text.RegularExpressions.Regex DatePattern();
}
