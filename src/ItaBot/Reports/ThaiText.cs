using System.Globalization;

namespace ItaBot.Reports;

/// <summary>
/// Thai digits, month names and Buddhist-era dates as the reports print them; digits and month names come from
/// the calendar's <see cref="ItaBot.Calendar.ThaiDates"/>.
/// </summary>
internal static class ThaiText
{
    // No Gregorian year we will ever see reaches this, and no Buddhist year falls below it.
    private const int FirstBuddhistYear = 2400;

    public static string Digits(string text) => ItaBot.Calendar.ThaiDates.ToThaiDigits(text);

    public static string Number(int value) => Digits(value.ToString("#,0", CultureInfo.InvariantCulture));

    /// <summary>A decimal with the given places, or "-" when there is nothing to show (NaN or infinity).</summary>
    public static string Decimal(double value, int places) =>
        double.IsFinite(value)
            ? Digits(value.ToString("#,0." + new string('0', places), CultureInfo.InvariantCulture))
            : "-";

    public static int BuddhistYear(int year) => year >= FirstBuddhistYear ? year : year + ItaBot.Calendar.ThaiDates.BuddhistEraOffset;

    public static string MonthName(int month) => ItaBot.Calendar.ThaiDates.ThaiMonthName(month);

    /// <summary>For example ๑๕ ตุลาคม ๒๕๖๘, or ๑๕ ตุลาคม พ.ศ. ๒๕๖๘ with the era.</summary>
    public static string Date(DateOnly date, bool withEra = false) =>
        $"{Digits(date.Day.ToString(CultureInfo.InvariantCulture))} {MonthName(date.Month)} {(withEra ? "พ.ศ. " : "")}{YearDigits(date.Year)}";

    /// <summary>The Buddhist year in Thai digits, for example ๒๕๖๘.</summary>
    public static string YearDigits(int year) => Digits(BuddhistYear(year).ToString(CultureInfo.InvariantCulture));

    public static string District(string district) =>
        HasPrefix(district, "อำเภอ", "เขต") ? district.Trim() : "อำเภอ" + district.Trim();

    public static string Province(string province) =>
        HasPrefix(province, "จังหวัด", "กรุงเทพ") ? province.Trim() : "จังหวัด" + province.Trim();

    private static bool HasPrefix(string text, params string[] prefixes) =>
        prefixes.Any(p => text.TrimStart().StartsWith(p, StringComparison.Ordinal));
}
