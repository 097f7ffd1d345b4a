using ItaBot.Calendar;
using ItaBot.Complaints;
using ItaBot.Staff;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Alerts;

/// <summary>
/// Tells officers and admins about a case due tomorrow and a case overdue, once per case, kind and stage (a case
/// that moves on starts a fresh clock). Case number, stage and date only, like every staff alert. A round that
/// finds more than a few cases of a kind sends each person one list of them instead of a push per case.
/// </summary>
public sealed class CaseDeadlineAlerts(StaffAlerts alerts, CaseAlertMessages messages)
{
    public const string DueTomorrow = "due";
    public const string Overdue = "overdue";

    public async Task<int> RunAsync(ItaBotDb db, DateTimeOffset now, CancellationToken ct)
    {
        var fresh = await ClaimFreshAsync(db, now, ct);
        if (fresh.Count == 0) return 0;
        var handlers = await StaffDirectory.ComplaintHandlersAsync(db, ct);
        foreach (var batch in CaseAlertBatch.Of(fresh))
            await SendAsync(db, handlers, batch, now, ct);
        return fresh.Count;
    }

    /// <summary>Null for a case that is neither late nor due tomorrow (e.g. due later today).</summary>
    public static string? Kind(Complaint c, DateTimeOffset now, DateOnly tomorrow)
    {
        if (c.StageDue <= now.ToUnixTimeMilliseconds()) return Overdue;
        return BangkokTime.DateOf(Clock.FromMs(c.StageDue)) == tomorrow ? DueTomorrow : null;
    }

    /// <summary>Outbox purpose of a one-case alert ("alert.case_overdue") and of a burst's list ("alert.case_overdue_list").</summary>
    public static string Purpose(string kind, bool list) => "alert.case_" + kind + (list ? "_list" : "");

    /// <summary>Every case of a burst is claimed too, listed or not, so none is told again in a later round.</summary>
    private static async Task<List<(Complaint Case, string Kind)>> ClaimFreshAsync(ItaBotDb db, DateTimeOffset now, CancellationToken ct)
    {
        var tomorrow = BangkokTime.DateOf(now).AddDays(1);
        var horizon = BangkokTime.At(tomorrow.AddDays(1), TimeOnly.MinValue).ToUnixTimeMilliseconds();
        var candidates = await db.Complaints.AsNoTracking()
            .Where(c => c.ClosedAt == null && c.Stage != ComplaintStage.Closed && c.StageDue < horizon)
            .OrderBy(c => c.StageDue).ThenBy(c => c.Id).ToListAsync(ct);
        var alerting = candidates.Select(c => (Case: c, Kind: Kind(c, now, tomorrow))).Where(a => a.Kind is not null)
            .Select(a => (a.Case, Kind: a.Kind!, Key: AlertLedger.CaseKey(a.Kind!, a.Case.Id, a.Case.Stage))).ToList();
        var claimed = (await AlertLedger.ClaimAsync(db, alerting.Select(a => a.Key).ToList(), now, ct)).ToHashSet();
        return alerting.Where(a => claimed.Contains(a.Key)).Select(a => (a.Case, a.Kind)).ToList();
    }

    private async Task SendAsync(ItaBotDb db, List<StaffMember> handlers, CaseAlertBatch batch, DateTimeOffset now, CancellationToken ct)
    {
        if (batch.IsBurst)
        {
            var list = messages.List(batch);
            await alerts.SendAsync(db, handlers, _ => list, Purpose(batch.Kind, list: true), now, ct);
            return;
        }
        foreach (var c in batch.Cases)
            await alerts.SendAsync(db, handlers, _ => messages.One(c, batch.Kind), Purpose(batch.Kind, list: false), now, ct);
    }
}
