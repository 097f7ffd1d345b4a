using System.Globalization;
using ItaBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Reports.Data;

/// <summary>
/// The satisfaction means published so far (SatisfactionReleases), and the step that lets out new ones by
/// <see cref="SatisfactionDisclosure"/>. Whatever shows a mean (/stats, a report file, the report desk in chat) asks
/// here, so they all show points of one series, and a mean once shown is never computed again.
/// </summary>
public sealed class SatisfactionLedger(WriteGate gate, TimeProvider time)
{
    public const string Complaints = "complaint";
    public const string Feedback = "feedback";

    /// <summary>
    /// A service's ratings of one fiscal year (what was received in it) as an output counted to the end of
    /// <paramref name="dataUntil"/> shows them, after storing any mean that is due by then.
    /// </summary>
    public async Task<SatisfactionStats> PublishAsync(
        ItaBotDb db, int fiscalYear, string service, IReadOnlyList<DatedRating> ratings, DateOnly dataUntil, CancellationToken ct)
    {
        var released = await ReadAsync(db, fiscalYear, service, ct);
        var added = SatisfactionDisclosure.Next(released, ratings, ReportPeriod.Of(fiscalYear, null).From, dataUntil);
        if (added.Count > 0)
        {
            await SaveAsync(db, fiscalYear, service, added, ct);
            // A CLI report may have stored the same month a moment earlier; the stored one is what was shown.
            released = await ReadAsync(db, fiscalYear, service, ct);
        }
        return SatisfactionDisclosure.Stats(released, ratings, dataUntil);
    }

    private static async Task<List<SatisfactionRelease>> ReadAsync(ItaBotDb db, int fiscalYear, string service, CancellationToken ct) =>
        await db.SatisfactionReleases.AsNoTracking()
            .Where(r => r.FiscalYear == fiscalYear && r.Service == service)
            .OrderBy(r => r.Until)
            .Select(r => new SatisfactionRelease(r.Until, r.Count, r.Total))
            .ToListAsync(ct);

    private async Task SaveAsync(ItaBotDb db, int fiscalYear, string service, IReadOnlyList<SatisfactionRelease> added, CancellationToken ct)
    {
        // The report desk in chat builds inside the inbox round's transaction, which holds the gate already (it is not
        // re-entrant); /stats and the CLI have no transaction open and queue for the gate like every other writer.
        if (db.Database.CurrentTransaction is not null)
        {
            await InsertAsync(db, fiscalYear, service, added, ct);
            return;
        }
        using (await gate.EnterAsync("satisfaction-release", ct)) await InsertAsync(db, fiscalYear, service, added, ct);
    }

    private async Task InsertAsync(ItaBotDb db, int fiscalYear, string service, IReadOnlyList<SatisfactionRelease> added, CancellationToken ct)
    {
        var at = time.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var release in added)
        {
            var until = release.Until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await db.Database.ExecuteSqlAsync(
                $"INSERT OR IGNORE INTO SatisfactionReleases (FiscalYear, Service, Until, Count, Total, ReleasedAt) VALUES ({fiscalYear}, {service}, {until}, {release.Count}, {release.Total}, {at})",
                ct);
        }
    }
}
