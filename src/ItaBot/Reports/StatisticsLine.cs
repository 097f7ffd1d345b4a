namespace ItaBot.Reports;

/// <summary>One labelled figure of the statistics summary, shared by the DOCX, XLSX and CSV forms.</summary>
internal sealed record StatisticsLine(string Section, string Item, double Value, bool IsDecimal = false);
