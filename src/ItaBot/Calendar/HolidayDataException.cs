namespace ItaBot.Calendar;

/// <summary>
/// The holiday file could not be used. The message names the file and, when one entry is at fault,
/// that entry, because an administrator edits this file by hand and must find the mistake quickly.
/// </summary>
public sealed class HolidayDataException : Exception
{
    public HolidayDataException(string dataSource, string? entry, string problem, Exception? inner = null)
        : base(Compose(dataSource, entry, problem), inner)
    {
        DataSource = dataSource;
        Entry = entry;
    }

    /// <summary>The file path, or a label for JSON given directly.</summary>
    public string DataSource { get; }

    /// <summary>The offending entry, e.g. <c>holidays[12] (2025-04-07)</c>, or null for file-level problems.</summary>
    public string? Entry { get; }

    private static string Compose(string dataSource, string? entry, string problem) =>
        entry is null
            ? $"Holiday data '{dataSource}': {problem}"
            : $"Holiday data '{dataSource}', {entry}: {problem}";
}
