using ItaBot.Calendar;
using ItaBot.Configuration;
using ItaBot.Reports.Data;
using ItaBot.Storage;
using Microsoft.Extensions.Options;

namespace ItaBot.Stats;

/// <summary>
/// The public figures (whole days only, see <see cref="BuildAsync"/>), computed at most once a minute however often the page is requested, so a public URL cannot
/// be used to keep the database busy. Concurrent requests for a stale snapshot wait for one computation.
/// </summary>
public sealed class StatsCache(
    IServiceScopeFactory scopes,
    ComplaintStatisticsBuilder builder,
    IOptions<OrganisationOptions> organisation,
    TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim gate = new(1, 1);
    private StatsSnapshot? current;

    public async Task<StatsSnapshot> GetAsync(CancellationToken ct)
    {
        if (Fresh(current) is { } snapshot) return snapshot;
        await gate.WaitAsync(ct);
        try
        {
            return Fresh(current) ?? (current = await BuildAsync(ct));
        }
        finally
        {
            gate.Release();
        }
    }

    private StatsSnapshot? Fresh(StatsSnapshot? snapshot) =>
        snapshot is not null && time.GetUtcNow() - snapshot.GeneratedAt < Lifetime ? snapshot : null;

    /// <summary>
    /// This fiscal year up to the end of yesterday (Bangkok), the last one up to its own end: live figures would let
    /// anyone polling the page see the minute a complaint came in, and in a quiet year what became of it. The days
    /// come from <see cref="StatisticsCutoff"/>, so a report of the same year shows the same figures. A satisfaction
    /// mean that fell due since the last build is stored as it is first shown (<see cref="SatisfactionLedger"/>).
    /// </summary>
    private async Task<StatsSnapshot> BuildAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = BangkokTime.DateOf(now);
        var year = ThaiDates.FiscalYear(today);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var years = new List<StatsYear>();
        foreach (var fiscalYear in new[] { year, year - 1 })
            years.Add(StatsYear.Of(await builder.BuildAsync(db, fiscalYear, null, today, ct)));
        return new StatsSnapshot(organisation.Value.Name, now, today.AddDays(-1), years);
    }
}
