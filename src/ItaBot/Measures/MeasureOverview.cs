using ItaBot.Measures.Import;
using ItaBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Measures;

/// <summary>Each measure of a year with its counts; an overdue activity counts as overdue, not as in progress.</summary>
public static class MeasureOverview
{
    public static async Task<List<MeasureSummary>> ForYearAsync(ItaBotDb db, int fiscalYear, DateTimeOffset now, CancellationToken ct)
    {
        var measures = await db.Measures.AsNoTracking().Where(m => m.FiscalYear == fiscalYear)
            .OrderBy(m => m.SortOrder).ThenBy(m => m.Id).ToListAsync(ct);
        var byMeasure = (await ActivityQueries.ForYearAsync(db, fiscalYear, now, ct)).ToLookup(v => v.Measure.Id);
        return measures.Select(m => Summarise(m, byMeasure[m.Id].ToList())).ToList();
    }

    private static MeasureSummary Summarise(Storage.Entities.Measure measure, List<ActivityView> views) => new(
        measure,
        views.Count,
        views.Count(v => v.State == ActivityStatuses.Done),
        views.Count(v => v.State == ActivityStatuses.InProgress),
        views.Count(v => v.IsOverdue),
        views.Count == 0 ? 0 : (int)Math.Round(views.Average(v => v.Activity.Progress), MidpointRounding.AwayFromZero));
}
