using System.Globalization;
using System.Text;

namespace ItaBot.Calendar;

/// <summary>
/// Dates as Thai official documents write them. Month names are spelled out here instead of taken from the
/// th-TH culture because servers may run with invariant globalization, where that culture is missing.
/// </summary>
public static class ThaiDates
{
    public const int BuddhistEraOffset = 543;

    // Below this a "Buddhist-era" argument is almost surely a Christian-era year passed by mistake.
    private const int FirstPlausibleBuddhistYear = 2400;
    private const int LastPlausibleBuddhistYear = 9999 + BuddhistEraOffset;

    private static readonly string[] MonthNames =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    private static readonly string[] MonthAbbreviations =
    [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ];

    public static string ToThaiDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            builder.Append(c is >= '0' and <= '9' ? (char)('๐' + (c - '0')) : c);
        return builder.ToString();
    }

    public static int ToBuddhistYear(int christianYear) => christianYear + BuddhistEraOffset;

    public static int ToChristianYear(int buddhistYear) => buddhistYear - BuddhistEraOffset;

    /// <summary>The Thai fiscal year starts on 1 October and is named after the year it ends in.</summary>
    public static int FiscalYear(DateOnly date) =>
        ToBuddhistYear(date.Month >= 10 ? date.Year + 1 : date.Year);

    public static (DateOnly Start, DateOnly End) FiscalYearRange(int buddhistFiscalYear)
    {
        var endYear = ChristianEndYear(buddhistFiscalYear);
        return (new DateOnly(endYear - 1, 10, 1), new DateOnly(endYear, 9, 30));
    }

    /// <summary>Half 1 is 1 Oct–31 Mar, half 2 is 1 Apr–30 Sep, as the six-monthly ITA reports split the year.</summary>
    public static (DateOnly Start, DateOnly End) HalfRange(int buddhistFiscalYear, int half)
    {
        var endYear = ChristianEndYear(buddhistFiscalYear);
        return half switch
        {
            1 => (new DateOnly(endYear - 1, 10, 1), new DateOnly(endYear, 3, 31)),
            2 => (new DateOnly(endYear, 4, 1), new DateOnly(endYear, 9, 30)),
            _ => throw new ArgumentOutOfRangeException(nameof(half), half, "A fiscal year has half 1 or half 2."),
        };
    }

    /// <summary>"20 พฤศจิกายน 2568".</summary>
    public static string FormatLong(DateOnly date, bool thaiDigits = false)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{date.Day} {ThaiMonthName(date.Month)} {ToBuddhistYear(date.Year)}");
        return thaiDigits ? ToThaiDigits(text) : text;
    }

    /// <summary>"20 พ.ย. 68", the two-digit Buddhist year used in tables and chat.</summary>
    public static string FormatShort(DateOnly date, bool thaiDigits = false)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{date.Day} {ThaiMonthAbbreviation(date.Month)} {ToBuddhistYear(date.Year) % 100:00}");
        return thaiDigits ? ToThaiDigits(text) : text;
    }

    public static string ThaiMonthName(int month) => MonthNames[MonthIndex(month)];

    public static string ThaiMonthAbbreviation(int month) => MonthAbbreviations[MonthIndex(month)];

    private static int MonthIndex(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return month - 1;
    }

    private static int ChristianEndYear(int buddhistFiscalYear)
    {
        if (buddhistFiscalYear is < FirstPlausibleBuddhistYear or > LastPlausibleBuddhistYear)
            throw new ArgumentOutOfRangeException(nameof(buddhistFiscalYear), buddhistFiscalYear,
                $"Expected a Buddhist-era fiscal year such as 2568; {buddhistFiscalYear} looks like a Christian-era year or is out of range.");
        return ToChristianYear(buddhistFiscalYear);
    }
}
