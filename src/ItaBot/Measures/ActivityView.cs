using ItaBot.Storage.Entities;

namespace ItaBot.Measures;

/// <summary>An activity with its measure, its units and its state as of today (State may be overdue).</summary>
public sealed record ActivityView(MeasureActivity Activity, Measure Measure, IReadOnlyList<string> Units, string State)
{
    public bool IsOverdue => State == ActivityStates.Overdue;
}
