using System.Globalization;
using ItaBot.Calendar;

namespace ItaBot.Cli;

/// <summary>The options the report verbs share: the fiscal year (this one by default), a day, and the output file.</summary>
internal static class ReportArguments
{
    public static int FiscalYear(CliArguments args, TimeProvider time)
    {
        var text = args.Option("fiscal-year");
        if (text is null) return ThaiDates.FiscalYear(BangkokTime.Today(time));
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2500 or > 2700)
            throw new CliUsageException($"--fiscal-year must be a Buddhist-era year such as 2568, not '{text}'");
        return year;
    }

    /// <summary>
    /// --as-of as yyyy-MM-dd, the year in either era (2569-03-31 or 2026-03-31, as --fiscal-year takes Buddhist-era
    /// years); null when not given.
    /// </summary>
    public static DateOnly? Day(CliArguments args, string name)
    {
        var text = args.Option(name);
        if (text is null) return null;
        return DayOf(text) ?? throw new CliUsageException(
            $"--{name} must be a date such as 2569-03-31 (Buddhist era) or 2026-03-31, not '{text}'");
    }

    /// <summary>
    /// The year is turned into the Christian era before the day is built, so 29 February is checked against the
    /// real year: 2567-02-29 (2024) is a day, 2568-02-29 (2025) is not.
    /// </summary>
    private static DateOnly? DayOf(string text)
    {
        var parts = text.Split('-');
        if (parts.Length != 3 || parts[0].Length != 4 || parts[1].Length != 2 || parts[2].Length != 2) return null;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var dayOfMonth))
            return null;
        // No Christian-era year we will see reaches 2400, and no Buddhist-era year falls below it.
        if (year >= 2400) year -= ThaiDates.BuddhistEraOffset;
        if (year < 1 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, dayOfMonth);
    }

    public static string Output(CliArguments args, params string[] extensions)
    {
        var path = Path.GetFullPath(args.Required("out"));
        if (!extensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
            throw new CliUsageException($"--out must end in {string.Join(", ", extensions)}");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
