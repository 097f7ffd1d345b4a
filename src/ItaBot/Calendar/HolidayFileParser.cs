using System.Globalization;
using System.Text.Json;

namespace ItaBot.Calendar;

/// <summary>Turns the holiday JSON into a calendar, rejecting anything an admin may have mistyped.</summary>
internal static class HolidayFileParser
{
    // Any year this large is almost surely a Buddhist-era year typed where a Christian-era one belongs.
    private const int FirstLikelyBuddhistYear = 2400;

    private static readonly HashSet<string> Kinds = ["statutory", "substitution", "special"];

    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static HolidayCalendar Parse(string json, string source)
    {
        using var document = ParseDocument(json, source);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new HolidayDataException(source, null, "the top level must be an object with coveredYears and holidays");
        var years = ReadYears(root, source);
        var names = ReadHolidays(root, years, source);
        return new HolidayCalendar(names, years);
    }

    private static JsonDocument ParseDocument(string json, string source)
    {
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new HolidayDataException(source, null, $"is not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
    }

    private static HashSet<int> ReadYears(JsonElement root, string source)
    {
        var array = RequireArray(root, "coveredYears", source);
        var years = new HashSet<int>();
        foreach (var item in array.EnumerateArray())
            years.Add(ReadYear(item, source));
        if (years.Count == 0)
            throw new HolidayDataException(source, null, "coveredYears is empty; list the Christian-era years this file is complete for");
        return years;
    }

    private static int ReadYear(JsonElement item, string source)
    {
        if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var year) || year < 1 || year > 9999)
            throw new HolidayDataException(source, null, $"coveredYears holds {item.GetRawText()}, which is not a year");
        if (year >= FirstLikelyBuddhistYear)
            throw new HolidayDataException(source, null,
                $"coveredYears holds {year}, which looks like a Buddhist-era year; use the Christian-era year {year - 543}");
        return year;
    }

    private static Dictionary<DateOnly, string> ReadHolidays(JsonElement root, HashSet<int> years, string source)
    {
        var array = RequireArray(root, "holidays", source);
        var names = new Dictionary<DateOnly, string>();
        var firstIndex = new Dictionary<DateOnly, int>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var (date, name) = ReadEntry(item, index, years, source);
            if (!firstIndex.TryAdd(date, index))
                throw new HolidayDataException(source, Label(index, date),
                    $"the date is already listed at holidays[{firstIndex[date]}]; give one entry per date");
            names[date] = name;
            index++;
        }
        return names;
    }

    private static (DateOnly Date, string Name) ReadEntry(JsonElement item, int index, HashSet<int> years, string source)
    {
        if (item.ValueKind != JsonValueKind.Object)
            throw new HolidayDataException(source, $"holidays[{index}]", "each holiday must be an object with date, name and kind");
        var date = ReadDate(item, index, years, source);
        var entry = Label(index, date);
        var name = RequireText(item, "name", source, entry);
        var kind = RequireText(item, "kind", source, entry);
        if (!Kinds.Contains(kind))
            throw new HolidayDataException(source, entry, $"kind '{kind}' is not one of {string.Join(", ", Kinds)}");
        return (date, name);
    }

    private static DateOnly ReadDate(JsonElement item, int index, HashSet<int> years, string source)
    {
        var entry = $"holidays[{index}]";
        var text = RequireText(item, "date", source, entry);
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new HolidayDataException(source, entry, $"date '{text}' is not a real date in the form yyyy-MM-dd");
        if (date.Year >= FirstLikelyBuddhistYear)
            throw new HolidayDataException(source, Label(index, date),
                $"year {date.Year} looks like a Buddhist-era year; dates use the Christian era ({date.Year - 543})");
        if (!years.Contains(date.Year))
            throw new HolidayDataException(source, Label(index, date),
                $"year {date.Year} is not in coveredYears; add it there once the whole year is listed");
        return date;
    }

    private static JsonElement RequireArray(JsonElement root, string property, string source)
    {
        if (!root.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.Array)
            throw new HolidayDataException(source, null, $"'{property}' must be present and be an array");
        return value;
    }

    private static string RequireText(JsonElement item, string property, string source, string entry)
    {
        if (!item.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(value.GetString()))
            throw new HolidayDataException(source, entry, $"'{property}' must be a non-empty string");
        return value.GetString()!.Trim();
    }

    private static string Label(int index, DateOnly date) =>
        $"holidays[{index}] ({date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})";
}
