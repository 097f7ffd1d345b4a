using ItaBot.Measures;
using ItaBot.Measures.Import;
using ItaBot.Reports.Data;
using ItaBot.Security;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using ItaBot.Tests.Measures.Import;

namespace ItaBot.Tests.Reports.Data;

/// <summary>Puts a measures file into the tables the way an import does, so the report can be tested on its own.</summary>
internal static class MeasuresSeed
{
    public const string SampleName = "nonghuarat-2568.yaml";

    public static MeasuresFile Sample() => MeasuresFileParser.Parse(SampleFiles.Read(SampleName), SampleName);

    public static async Task InsertAsync(ItaBotDb db, MeasuresFile file)
    {
        for (var i = 0; i < file.Measures.Count; i++)
        {
            var spec = file.Measures[i];
            var measure = new Measure { FiscalYear = file.FiscalYear, Code = spec.Code, Title = spec.Title, Indicator = spec.Indicator, SortOrder = i };
            db.Measures.Add(measure);
            await db.SaveChangesAsync();
            for (var j = 0; j < spec.Activities.Count; j++)
                await InsertActivityAsync(db, measure.Id, spec.Activities[j], j);
        }
    }

    /// <summary>A staff member records a result in chat: the row is updated and marked as theirs.</summary>
    public static async Task RecordResultAsync(ItaBotDb db, string activityCode, string result)
    {
        var activity = db.MeasureActivities.Single(a => a.Code == activityCode);
        activity.Result = result;
        activity.Status = ActivityStatuses.Done;
        activity.Progress = 100;
        activity.UpdatedBy = 1;
        await db.SaveChangesAsync();
    }

    /// <summary>An evidence photo as the measures desk keeps it: encrypted on disk, its path in ActivityEvidence.</summary>
    public static async Task AddPhotoAsync(ItaBotDb db, FieldCipher cipher, string folder, string activityCode, byte[] bytes, bool encrypt = true)
    {
        var activity = db.MeasureActivities.Single(a => a.Code == activityCode);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".bin");
        await File.WriteAllBytesAsync(path, encrypt ? cipher.Encrypt(bytes, ActivityEvidenceFiles.Purpose) : bytes);
        db.ActivityEvidence.Add(new ActivityEvidence
        {
            ActivityId = activity.Id, Kind = "photo", FilePath = path, ContentType = "image/png", Status = "stored", CreatedAt = 1,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>A link a staff member typed in chat as evidence for the activity.</summary>
    public static async Task AddLinkAsync(ItaBotDb db, string activityCode, string url)
    {
        var activity = db.MeasureActivities.Single(a => a.Code == activityCode);
        db.ActivityEvidence.Add(Link(activity.Id, url));
        await db.SaveChangesAsync();
    }

    private static ActivityEvidence Link(long activityId, string url) => new()
    {
        ActivityId = activityId, Kind = ActivityEvidenceKinds.Link, Url = url, Status = "stored", CreatedAt = 1,
    };

    private static async Task InsertActivityAsync(ItaBotDb db, long measureId, ActivitySpec spec, int order)
    {
        var activity = new MeasureActivity
        {
            MeasureId = measureId,
            Code = spec.Code,
            Title = spec.Title,
            Units = string.Join('\n', spec.Units),
            AllYear = spec.Period.AllYear,
            PeriodFrom = spec.Period.From?.ToString("yyyy-MM-dd"),
            PeriodTo = spec.Period.To?.ToString("yyyy-MM-dd"),
            PeriodText = spec.Period.Text,
            Indicator = spec.Indicator,
            Status = spec.Status,
            Progress = spec.Progress,
            Result = spec.Result,
            Outcome = spec.Outcome,
            SortOrder = order,
        };
        db.MeasureActivities.Add(activity);
        await db.SaveChangesAsync();
        db.ActivityUnits.AddRange(spec.Units.Distinct().Select(u => new ActivityUnit { ActivityId = activity.Id, Unit = u }));
        db.ActivityEvidence.AddRange(spec.EvidenceLinks.Select(l => Link(activity.Id, l)));
        await db.SaveChangesAsync();
    }
}
