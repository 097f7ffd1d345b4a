using ItaBot.Audit;
using ItaBot.Complaints;
using ItaBot.Measures.Import;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Measures;

/// <summary>
/// Loads a parsed measures file into the database, keyed by (fiscal year, measure code) and (measure, activity code),
/// so importing the same file again changes nothing. What staff recorded in chat wins over the file unless the
/// caller asks otherwise, and an activity that left the file is only deleted when it holds no results.
/// </summary>
public static class MeasuresImporter
{
    public static async Task<ImportReport> ImportAsync(ItaBotDb db, MeasuresFile file, DateTimeOffset now, bool replaceResults,
        CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var tally = new ImportTally();
        var existing = await db.Measures.Where(m => m.FiscalYear == file.FiscalYear).ToListAsync(ct);
        var kept = new HashSet<long>();
        for (var i = 0; i < file.Measures.Count; i++)
        {
            var measure = await UpsertMeasureAsync(db, file.FiscalYear, file.Measures[i], i, existing, tally, ct);
            kept.Add(measure.Id);
            await SyncActivitiesAsync(db, measure, file.Measures[i], now, replaceResults, tally, ct);
        }
        foreach (var gone in existing.Where(m => !kept.Contains(m.Id)))
            await RetireMeasureAsync(db, gone, tally, ct);
        var report = tally.ToReport(file.FiscalYear);
        AuditLog.Add(db, now, "cli", "measures.imported", "fiscal_year:" + file.FiscalYear,
            $"activities +{report.ActivitiesAdded} ~{report.ActivitiesUpdated} ={report.ActivitiesUnchanged} -{report.Removed.Count}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return report;
    }

    private static async Task<Measure> UpsertMeasureAsync(ItaBotDb db, int year, MeasureSpec spec, int order, List<Measure> existing,
        ImportTally tally, CancellationToken ct)
    {
        var measure = existing.FirstOrDefault(m => m.Code == spec.Code);
        if (measure is null)
        {
            measure = new Measure { FiscalYear = year, Code = spec.Code };
            db.Measures.Add(measure);
            tally.MeasuresAdded++;
        }
        else if (measure.Title != spec.Title || measure.Indicator != spec.Indicator || measure.SortOrder != order)
            tally.MeasuresUpdated++;
        else
            tally.MeasuresUnchanged++;
        measure.Title = spec.Title;
        measure.Indicator = spec.Indicator;
        measure.SortOrder = order;
        await db.SaveChangesAsync(ct);
        return measure;
    }

    private static async Task SyncActivitiesAsync(ItaBotDb db, Measure measure, MeasureSpec spec, DateTimeOffset now,
        bool replaceResults, ImportTally tally, CancellationToken ct)
    {
        var existing = await db.MeasureActivities.Where(a => a.MeasureId == measure.Id).ToListAsync(ct);
        for (var j = 0; j < spec.Activities.Count; j++)
        {
            var item = spec.Activities[j];
            var activity = existing.FirstOrDefault(a => a.Code == item.Code);
            var isNew = activity is null;
            activity ??= db.MeasureActivities.Add(new MeasureActivity { MeasureId = measure.Id, Code = item.Code }).Entity;
            var planChanged = ActivityFields.ApplyPlan(activity, item, j);
            var resultsChanged = false;
            if (isNew || replaceResults || activity.UpdatedBy is null)
                resultsChanged = ActivityFields.ApplyResults(activity, item);
            else if (ActivityFields.ResultsDiffer(activity, item))
                tally.KeptChatUpdates.Add(measure.Code + "/" + item.Code);
            if (isNew || planChanged || resultsChanged) activity.UpdatedAt = now.ToUnixTimeMilliseconds();
            await db.SaveChangesAsync(ct);
            var unitsChanged = await SyncUnitsAsync(db, activity.Id, item.Units, ct);
            tally.LinksAdded += await AddLinksAsync(db, activity.Id, item.EvidenceLinks, now, ct);
            if (isNew) tally.ActivitiesAdded++;
            else if (planChanged || resultsChanged || unitsChanged) tally.ActivitiesUpdated++;
            else tally.ActivitiesUnchanged++;
        }
        var codes = spec.Activities.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in existing.Where(a => !codes.Contains(a.Code)))
            await RetireActivityAsync(db, measure, gone, tally, ct);
    }

    private static async Task<bool> SyncUnitsAsync(ItaBotDb db, long activityId, IReadOnlyList<string> units, CancellationToken ct)
    {
        var rows = await db.ActivityUnits.Where(u => u.ActivityId == activityId).ToListAsync(ct);
        var stale = rows.Where(r => !units.Contains(r.Unit)).ToList();
        var missing = units.Distinct().Where(u => rows.All(r => r.Unit != u)).ToList();
        db.ActivityUnits.RemoveRange(stale);
        db.ActivityUnits.AddRange(missing.Select(u => new ActivityUnit { ActivityId = activityId, Unit = u }));
        await db.SaveChangesAsync(ct);
        return stale.Count + missing.Count > 0;
    }

    // Links are only added: one added in chat, or kept from an earlier file, is evidence already given.
    private static async Task<int> AddLinksAsync(ItaBotDb db, long activityId, IReadOnlyList<string> links, DateTimeOffset now,
        CancellationToken ct)
    {
        var known = await db.ActivityEvidence.Where(e => e.ActivityId == activityId && e.Kind == ActivityEvidenceKinds.Link)
            .Select(e => e.Url).ToListAsync(ct);
        var added = links.Distinct().Where(l => !known.Contains(l)).ToList();
        db.ActivityEvidence.AddRange(added.Select(l => new ActivityEvidence
        {
            ActivityId = activityId,
            Kind = ActivityEvidenceKinds.Link,
            Url = l,
            Status = EvidenceStatus.Stored,
            CreatedAt = now.ToUnixTimeMilliseconds(),
        }));
        await db.SaveChangesAsync(ct);
        return added.Count;
    }

    private static async Task RetireMeasureAsync(ItaBotDb db, Measure measure, ImportTally tally, CancellationToken ct)
    {
        var activities = await db.MeasureActivities.Where(a => a.MeasureId == measure.Id).ToListAsync(ct);
        var keptAny = false;
        foreach (var activity in activities)
            keptAny |= !await RetireActivityAsync(db, measure, activity, tally, ct);
        if (!keptAny) db.Measures.Remove(measure);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>True when deleted; an activity with anything recorded stays and is reported.</summary>
    private static async Task<bool> RetireActivityAsync(ItaBotDb db, Measure measure, MeasureActivity activity, ImportTally tally,
        CancellationToken ct)
    {
        var code = measure.Code + "/" + activity.Code;
        var hasEvidence = await db.ActivityEvidence.AnyAsync(e => e.ActivityId == activity.Id && e.Kind != ActivityEvidenceKinds.Link, ct);
        if (hasEvidence || ActivityFields.HasResults(activity))
        {
            tally.KeptWithResults.Add(code);
            return false;
        }
        db.ActivityEvidence.RemoveRange(db.ActivityEvidence.Where(e => e.ActivityId == activity.Id));
        db.ActivityUnits.RemoveRange(db.ActivityUnits.Where(u => u.ActivityId == activity.Id));
        db.MeasureActivities.Remove(activity);
        await db.SaveChangesAsync(ct);
        tally.Removed.Add(code);
        return true;
    }
}
