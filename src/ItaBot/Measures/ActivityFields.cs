using ItaBot.Measures.Import;
using ItaBot.Storage.Entities;

namespace ItaBot.Measures;

// Copies a file's activity onto the stored row in two parts: the plan (always the file's) and the results (which chat may own).
internal static class ActivityFields
{
    public static bool ApplyPlan(MeasureActivity a, ActivitySpec spec, int order)
    {
        var units = string.Join(ActivityQueries.UnitSeparator, spec.Units);
        var from = ActivityTiming.FormatDate(spec.Period.From);
        var to = ActivityTiming.FormatDate(spec.Period.To);
        var changed = a.Title != spec.Title || a.Units != units || a.AllYear != spec.Period.AllYear || a.PeriodFrom != from
                      || a.PeriodTo != to || a.PeriodText != spec.Period.Text || a.Indicator != spec.Indicator || a.SortOrder != order;
        a.Title = spec.Title;
        a.Units = units;
        a.AllYear = spec.Period.AllYear;
        a.PeriodFrom = from;
        a.PeriodTo = to;
        a.PeriodText = spec.Period.Text;
        a.Indicator = spec.Indicator;
        a.SortOrder = order;
        return changed;
    }

    public static bool ApplyResults(MeasureActivity a, ActivitySpec spec)
    {
        var changed = ResultsDiffer(a, spec);
        a.Status = spec.Status;
        a.Progress = spec.Progress;
        a.Result = spec.Result;
        a.Outcome = spec.Outcome;
        return changed;
    }

    public static bool ResultsDiffer(MeasureActivity a, ActivitySpec spec) =>
        a.Status != spec.Status || a.Progress != spec.Progress || a.Result != spec.Result || a.Outcome != spec.Outcome;

    public static bool HasResults(MeasureActivity a) =>
        a.UpdatedBy is not null || a.Status != ActivityStatuses.NotStarted || a.Progress > 0 || a.Result is not null || a.Outcome is not null;
}
