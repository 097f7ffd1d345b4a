using ItaBot.Calendar;
using ItaBot.Complaints;
using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Line.Messaging;
using ItaBot.Staff;
using ItaBot.Staff.Cases;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Alerts;

/// <summary>
/// Tells officers and admins about a case due tomorrow and a case overdue, once per case, kind and stage (a case
/// that moves on starts a fresh clock). Case number, stage and date only, like every staff alert.
/// </summary>
public sealed class CaseDeadlineAlerts(StaffAlerts alerts, Texts texts)
{
    public const string DueTomorrow = "due";
    public const string Overdue = "overdue";

    public async Task<int> RunAsync(ItaBotDb db, DateTimeOffset now, CancellationToken ct)
    {
        var tomorrow = BangkokTime.DateOf(now).AddDays(1);
        var horizon = BangkokTime.At(tomorrow.AddDays(1), TimeOnly.MinValue).ToUnixTimeMilliseconds();
        var candidates = await db.Complaints.AsNoTracking()
            .Where(c => c.ClosedAt == null && c.Stage != ComplaintStage.Closed && c.StageDue < horizon)
            .OrderBy(c => c.StageDue).ToListAsync(ct);
        var alerting = candidates.Select(c => (Case: c, Kind: Kind(c, now, tomorrow))).Where(a => a.Kind is not null)
            .Select(a => (a.Case, Kind: a.Kind!, Key: AlertLedger.CaseKey(a.Kind!, a.Case.Id, a.Case.Stage))).ToList();
        var claimed = (await AlertLedger.ClaimAsync(db, alerting.Select(a => a.Key).ToList(), now, ct)).ToHashSet();
        var fresh = alerting.Where(a => claimed.Contains(a.Key)).Select(a => (a.Case, a.Kind)).ToList();
        if (fresh.Count == 0) return 0;
        var handlers = await StaffDirectory.ComplaintHandlersAsync(db, ct);
        foreach (var (c, kind) in fresh)
            await alerts.SendAsync(db, handlers, _ => Compose(c, kind), "alert.case_" + kind, now, ct);
        return fresh.Count;
    }

    /// <summary>Null for a case that is neither late nor due tomorrow (e.g. due later today).</summary>
    public static string? Kind(Complaint c, DateTimeOffset now, DateOnly tomorrow)
    {
        if (c.StageDue <= now.ToUnixTimeMilliseconds()) return Overdue;
        return BangkokTime.DateOf(Clock.FromMs(c.StageDue)) == tomorrow ? DueTomorrow : null;
    }

    private IReadOnlyList<Message> Compose(Complaint c, string kind) =>
    [
        texts.Message(kind == Overdue ? "alert.case_overdue" : "alert.case_due_tomorrow", Texts.Values(
            ("case_no", c.CaseNo),
            ("stage", texts.Plain("stage." + c.Stage)),
            ("due", CaseViews.When(c.StageDue))),
            [new Button(ButtonKind.Postback, texts.Plain("staff.open_case"), StaffPostback.OpenCase(c.Id))]),
    ];
}
