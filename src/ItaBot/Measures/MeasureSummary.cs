using ItaBot.Storage.Entities;

namespace ItaBot.Measures;

/// <summary>One measure's standing: Progress is the mean of its activities' progress, rounded to a whole percent.</summary>
public sealed record MeasureSummary(Measure Measure, int Activities, int Done, int InProgress, int Overdue, int Progress);
