using System.Collections.Frozen;

namespace ItaBot.Calendar;

/// <summary>
/// Thai government holidays read from <c>thai-holidays.json</c>. Kept in a file rather than in code
/// because the cabinet announces special holidays during the year and admins must add them without a rebuild.
/// </summary>
public sealed class HolidayCalendar
{
    /// <summary>Configuration key the host reads for the file path.</summary>
    public const string ConfigurationKey = "Calendar:HolidaysPath";

    private readonly FrozenDictionary<DateOnly, string> names;
    private readonly FrozenSet<int> years;

    internal HolidayCalendar(IDictionary<DateOnly, string> names, IEnumerable<int> coveredYears)
    {
        this.names = names.ToFrozenDictionary();
        years = coveredYears.ToFrozenSet();
        CoveredYears = years.Order().ToArray();
    }

    /// <summary><c>&lt;app folder&gt;/Calendar/thai-holidays.json</c>, used when configuration names no path.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Calendar", "thai-holidays.json");

    /// <summary>Christian-era years the file is complete for, ascending.</summary>
    public IReadOnlyCollection<int> CoveredYears { get; }

    public static HolidayCalendar Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
            throw new HolidayDataException(path, null,
                $"file not found; set {ConfigurationKey} or place thai-holidays.json in the Calendar folder next to the app");
        return HolidayFileParser.Parse(ReadAll(path), path);
    }

    public static HolidayCalendar FromJson(string json, string dataSource = "inline JSON")
    {
        ArgumentNullException.ThrowIfNull(json);
        return HolidayFileParser.Parse(json, dataSource);
    }

    /// <summary>
    /// False outside the years the file lists: there only weekends count as days off,
    /// so the host should warn that a deadline may ignore holidays.
    /// </summary>
    public bool Covers(DateOnly date) => years.Contains(date.Year);

    public bool IsHoliday(DateOnly date) => names.ContainsKey(date);

    public string? HolidayName(DateOnly date) => names.GetValueOrDefault(date);

    public bool IsWorkingDay(DateOnly date) => !IsWeekend(date) && !IsHoliday(date);

    public static bool IsWeekend(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static string ReadAll(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HolidayDataException(path, null, $"cannot be read: {e.Message}", e);
        }
    }
}
