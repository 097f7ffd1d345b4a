using System.Globalization;
using ItaBot.Calendar;
using ItaBot.Conversation;
using ItaBot.Line.Messaging;
using ItaBot.Measures.Import;
using ItaBot.Staff;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Alerts;

/// <summary>
/// Measure activities whose period has just ended without being done: admins hear of all of them, unit members
/// of their own unit's. One message per person per round, so a busy month is one push and not twenty.
/// </summary>
public sealed class ActivityOverdueAlerts(StaffAlerts alerts, Texts texts)
{
    /// <summary>Only periods that ended this recently count as "became overdue"; older ones predate the bot's watch.</summary>
    public const int LookBackDays = 7;

    public async Task<int> RunAsync(ItaBotDb db, DateTimeOffset now, CancellationToken ct)
    {
        var today = BangkokTime.DateOf(now);
        var todayText = Iso(today);
        var since = Iso(today.AddDays(-LookBackDays));
        var late = await db.MeasureActivities.AsNoTracking()
            .Where(a => a.PeriodTo != null && string.Compare(a.PeriodTo, todayText) < 0 && string.Compare(a.PeriodTo, since) >= 0
                        && a.Status != ActivityStatuses.Done)
            .OrderBy(a => a.PeriodTo).ThenBy(a => a.SortOrder).ToListAsync(ct);
        var claimed = (await AlertLedger.ClaimAsync(db, late.Select(Key).ToList(), now, ct)).ToHashSet();
        var fresh = late.Where(a => claimed.Contains(Key(a))).ToList();
        if (fresh.Count == 0) return 0;
        var ids = fresh.Select(a => a.Id).ToList();
        var units = await db.ActivityUnits.AsNoTracking().Where(u => ids.Contains(u.ActivityId)).ToListAsync(ct);
        foreach (var (member, theirs) in await RecipientsAsync(db, fresh, units, ct))
            await alerts.SendAsync(db, [member], _ => Compose(theirs), "alert.activity_overdue", now, ct);
        return fresh.Count;
    }

    private static async Task<List<(StaffMember, List<MeasureActivity>)>> RecipientsAsync(ItaBotDb db, List<MeasureActivity> fresh,
        List<ActivityUnit> units, CancellationToken ct)
    {
        var unitNames = units.Select(u => u.Unit).Distinct().ToList();
        var members = await db.StaffMembers.AsNoTracking()
            .Where(s => s.Status == StaffStatus.Active && s.UserHash != null && (s.Role == StaffRole.Admin || unitNames.Contains(s.Unit)))
            .OrderBy(s => s.Id).ToListAsync(ct);
        return members
            .Select(m => (m, m.Role == StaffRole.Admin
                ? fresh
                : fresh.Where(a => units.Any(u => u.ActivityId == a.Id && u.Unit == m.Unit)).ToList()))
            .Where(r => r.Item2.Count > 0).ToList();
    }

    private IReadOnlyList<Message> Compose(IReadOnlyList<MeasureActivity> activities)
    {
        var lines = AlertLines.Join(activities, a => texts.Plain("alert.activity_line", Texts.Values(
                ("code", a.Code), ("title", Clip(a.Title, 120)), ("due", Due(a.PeriodTo!)))),
            rest => texts.Plain("alert.activity_more", Texts.Values(("count", rest.ToString()))));
        return [texts.Message("alert.activity_overdue", Texts.Values(("count", activities.Count.ToString()), ("lines", lines)),
            [new ItaBot.Dialogs.Button(ItaBot.Dialogs.ButtonKind.Postback, texts.Plain("staff.btn.mywork"), StaffPostback.MyWork)])];
    }

    private static string Due(string periodTo) =>
        DateOnly.TryParseExact(periodTo, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? ThaiDates.FormatLong(d) : periodTo;

    private static string Key(MeasureActivity a) => AlertLedger.ActivityKey(a.Id, a.PeriodTo!);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
