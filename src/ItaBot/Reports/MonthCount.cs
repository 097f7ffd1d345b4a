namespace ItaBot.Reports;

/// <summary>Counts for one calendar month; Year may be Gregorian or Buddhist.</summary>
public sealed record MonthCount(int Year, int Month, int Complaints, int Feedback);
