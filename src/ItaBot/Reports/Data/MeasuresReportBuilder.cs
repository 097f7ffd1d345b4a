using System.Security.Cryptography;
using ItaBot.Calendar;
using ItaBot.Configuration;
using ItaBot.Measures;
using ItaBot.Security;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItaBot.Reports.Data;

/// <summary>
/// Fills the annual measures report from what was imported and recorded in chat: measures in their order, each with
/// its steps, units, period, status and results with the evidence links imported or typed in chat, and the photos
/// staff sent as evidence, decrypted for the document.
/// </summary>
public sealed class MeasuresReportBuilder(
    FieldCipher cipher,
    IOptions<OrganisationOptions> organisation,
    TimeProvider time,
    ILogger<MeasuresReportBuilder> log)
{
    public async Task<MeasuresReportModel> BuildAsync(ItaBotDb db, int fiscalYear, CancellationToken ct)
    {
        var measures = await db.Measures.AsNoTracking().Where(m => m.FiscalYear == fiscalYear)
            .OrderBy(m => m.SortOrder).ThenBy(m => m.Id).ToListAsync(ct);
        var measureIds = measures.Select(m => m.Id).ToList();
        var activities = await db.MeasureActivities.AsNoTracking().Where(a => measureIds.Contains(a.MeasureId))
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Id).ToListAsync(ct);
        var activityIds = activities.Select(a => a.Id).ToList();
        var units = (await db.ActivityUnits.AsNoTracking().Where(u => activityIds.Contains(u.ActivityId)).ToListAsync(ct))
            .ToLookup(u => u.ActivityId, u => u.Unit);
        var evidence = (await db.ActivityEvidence.AsNoTracking()
                .Where(e => activityIds.Contains(e.ActivityId) && e.FilePath != null)
                .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).ToListAsync(ct))
            .ToLookup(e => e.ActivityId);
        var links = (await db.ActivityEvidence.AsNoTracking()
                .Where(e => activityIds.Contains(e.ActivityId) && e.Kind == ActivityEvidenceKinds.Link && e.Url != null)
                .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).ToListAsync(ct))
            .ToLookup(e => e.ActivityId, e => e.Url!);
        var rows = new List<MeasureRow>();
        foreach (var (measure, number) in measures.Select((m, i) => (m, i + 1)))
        {
            var own = activities.Where(a => a.MeasureId == measure.Id).ToList();
            var photos = new List<EvidencePhoto>();
            foreach (var activity in own)
                photos.AddRange(await PhotosAsync(activity, evidence[activity.Id], ct));
            rows.Add(new MeasureRow(number, measure.Title, own.Select(a => Row(a, units[a.Id], links[a.Id])).ToList(), photos));
        }
        return new MeasuresReportModel(OrganisationDetailsFactory.From(organisation.Value), fiscalYear, rows, BangkokTime.Today(time));
    }

    private static ActivityRow Row(MeasureActivity activity, IEnumerable<string> joinedUnits, IEnumerable<string> links) => new(
        activity.Title,
        UnitsOf(activity, joinedUnits),
        ActivityTexts.Period(activity),
        ActivityTexts.Status(activity.Status),
        Math.Clamp(activity.Progress, 0, 100),
        Blank(activity.Result),
        Blank(activity.Outcome),
        links.Distinct(StringComparer.Ordinal).ToList());

    /// <summary>The order written on the activity, completed by any unit joined in ActivityUnits but missing there.</summary>
    internal static IReadOnlyList<string> UnitsOf(MeasureActivity activity, IEnumerable<string> joinedUnits)
    {
        var written = activity.Units.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return written.Concat(joinedUnits.Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task<List<EvidencePhoto>> PhotosAsync(MeasureActivity activity, IEnumerable<ActivityEvidence> items, CancellationToken ct)
    {
        var photos = new List<EvidencePhoto>();
        foreach (var item in items)
        {
            var bytes = await ReadAsync(item, ct);
            if (bytes is not null && ImageSniffer.ContentTypeOf(bytes) is { } type)
                photos.Add(new EvidencePhoto(bytes, type, activity.Title));
        }
        return photos;
    }

    // One unreadable photo must not cost the organisation its whole report; it is logged by id and left out.
    private async Task<byte[]?> ReadAsync(ActivityEvidence item, CancellationToken ct)
    {
        try
        {
            var sealedBytes = await File.ReadAllBytesAsync(Path.GetFullPath(item.FilePath!), ct);
            return cipher.Decrypt(sealedBytes, ActivityEvidenceFiles.Purpose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            log.LogWarning("Evidence {EvidenceId} of activity {ActivityId} left out of the report: {Error}",
                item.Id, item.ActivityId, e.GetType().Name);
            return null;
        }
    }
}
