using ItaBot.Storage.Entities;

namespace ItaBot.Alerts;

/// <summary>
/// One round's fresh alerts of one kind (overdue or due tomorrow), in the order the round found them. A few go
/// out as a message per case with its own button; more than that is a burst (the first round on an existing
/// register, a backlog after a holiday), which each person gets as one list: a push per case would ring their
/// phone dozens of times and spend the organisation's monthly push quota in a morning.
/// </summary>
public sealed record CaseAlertBatch(string Kind, IReadOnlyList<Complaint> Cases)
{
    /// <summary>Up to this many cases of a kind in a round are still told one by one.</summary>
    public const int MaxSingles = 3;

    public bool IsBurst => Cases.Count > MaxSingles;

    /// <summary>Overdue first: it is what a handler must act on today.</summary>
    public static IReadOnlyList<CaseAlertBatch> Of(IEnumerable<(Complaint Case, string Kind)> fresh) =>
        fresh.GroupBy(a => a.Kind)
            .OrderBy(g => g.Key == CaseDeadlineAlerts.Overdue ? 0 : 1)
            .Select(g => new CaseAlertBatch(g.Key, g.Select(a => a.Case).ToList()))
            .ToList();
}
