namespace ItaBot.Reports;

/// <summary>How many cases were timed, their mean duration in working days, and how many met the deadline.</summary>
public sealed record DeadlineStats(int Measured, double AverageWorkingDays, int MetDeadline);
