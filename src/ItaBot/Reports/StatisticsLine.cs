namespace ItaBot.Reports;

/// <summary>
/// One labelled figure of the statistics summary, shared by the DOCX, XLSX and CSV forms. The value is an int, a
/// double (an average, NaN when there is none), a DateOnly, a string shown instead of a figure, or null (nothing).
/// </summary>
internal sealed record StatisticsLine(string Section, string Item, object? Value);
