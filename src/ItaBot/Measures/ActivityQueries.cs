using ItaBot.Calendar;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Measures;

/// <summary>Reads activities with their measure and units; the unit filter is applied in the query, not after it.</summary>
public static class ActivityQueries
{
    /// <summary>The activities a staff member works on in a year: overdue first, then by period end, then plan order.</summary>
    public static async Task<List<ActivityView>> ForStaffAsync(ItaBotDb db, StaffMember staff, int fiscalYear, DateTimeOffset now,
        CancellationToken ct)
    {
        var query = from a in db.MeasureActivities.AsNoTracking()
                    join m in db.Measures.AsNoTracking() on a.MeasureId equals m.Id
                    where m.FiscalYear == fiscalYear
                    select new { a, m };
        if (!ActivityAccess.SeesAll(staff))
        {
            var own = db.ActivityUnits.Where(u => u.Unit == staff.Unit).Select(u => u.ActivityId);
            query = query.Where(x => own.Contains(x.a.Id));
        }
        var rows = await query.ToListAsync(ct);
        var units = await UnitsAsync(db, rows.Select(r => r.a.Id).ToList(), ct);
        var today = BangkokTime.DateOf(now);
        return rows
            .Select(r => View(r.a, r.m, units, today))
            .OrderByDescending(v => v.IsOverdue)
            .ThenBy(v => ActivityTiming.EndOf(v.Activity, v.Measure.FiscalYear))
            .ThenBy(v => v.Measure.SortOrder)
            .ThenBy(v => v.Activity.SortOrder)
            .ToList();
    }

    /// <summary>Every activity of a year, for the overview.</summary>
    public static async Task<List<ActivityView>> ForYearAsync(ItaBotDb db, int fiscalYear, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await (from a in db.MeasureActivities.AsNoTracking()
                          join m in db.Measures.AsNoTracking() on a.MeasureId equals m.Id
                          where m.FiscalYear == fiscalYear
                          select new { a, m }).ToListAsync(ct);
        var today = BangkokTime.DateOf(now);
        var none = new Dictionary<long, List<string>>();
        return rows.Select(r => View(r.a, r.m, none, today)).ToList();
    }

    /// <summary>One activity with its measure and units, tracked so it can be changed; null when it does not exist.</summary>
    public static async Task<ActivityView?> FindAsync(ItaBotDb db, long activityId, DateTimeOffset now, CancellationToken ct)
    {
        var activity = await db.MeasureActivities.FirstOrDefaultAsync(a => a.Id == activityId, ct);
        if (activity is null) return null;
        var measure = await db.Measures.FirstAsync(m => m.Id == activity.MeasureId, ct);
        var units = await UnitsAsync(db, [activity.Id], ct);
        return View(activity, measure, units, BangkokTime.DateOf(now));
    }

    private static async Task<Dictionary<long, List<string>>> UnitsAsync(ItaBotDb db, List<long> ids, CancellationToken ct)
    {
        var rows = await db.ActivityUnits.AsNoTracking().Where(u => ids.Contains(u.ActivityId)).ToListAsync(ct);
        return rows.GroupBy(u => u.ActivityId).ToDictionary(g => g.Key, g => g.Select(u => u.Unit).ToList());
    }

    private static ActivityView View(MeasureActivity a, Measure m, Dictionary<long, List<string>> units, DateOnly today) =>
        new(a, m, units.TryGetValue(a.Id, out var list) ? OrderedUnits(a, list) : Split(a.Units),
            ActivityTiming.StateOf(a, m.FiscalYear, today));

    // The Units column keeps the file's order for display; the ActivityUnits rows are what access is decided on.
    private static IReadOnlyList<string> OrderedUnits(MeasureActivity a, List<string> rows)
    {
        var written = Split(a.Units);
        return [.. written.Where(rows.Contains), .. rows.Where(u => !written.Contains(u))];
    }

    public static IReadOnlyList<string> Split(string units) =>
        units.Split(UnitSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public const string UnitSeparator = "\n";
}
