using ItaBot.Calendar;
using ItaBot.Configuration;
using ItaBot.Conversation;
using ItaBot.Line.Messaging;
using ItaBot.Staff;
using ItaBot.Storage;
using Microsoft.Extensions.Options;

namespace ItaBot.Alerts;

/// <summary>Once a day, from Alerts:DigestTime (Bangkok), the counts go to every admin who has not muted them.</summary>
public sealed class DailyDigest(StaffAlerts alerts, Texts texts, IOptions<AlertOptions> options)
{
    /// <summary>The number of admins it went to, or -1 when it is not yet time or already sent today.</summary>
    public async Task<int> RunAsync(ItaBotDb db, DateTimeOffset now, CancellationToken ct)
    {
        var local = BangkokTime.ToLocal(now);
        var today = DateOnly.FromDateTime(local.DateTime);
        if (TimeOnly.FromDateTime(local.DateTime) < TimeOnly.Parse(options.Value.DigestTime)) return -1;
        if (!await AlertLedger.ClaimAsync(db, AlertLedger.DigestKey(today), now, ct)) return -1;
        var admins = (await StaffDirectory.AdminsAsync(db, ct)).Where(a => !a.DigestMuted).ToList();
        if (admins.Count == 0) return 0;
        var counts = await DigestCounts.ReadAsync(db, now, ct);
        var message = Compose(today, counts);
        return await alerts.SendAsync(db, admins, _ => message, "alert.digest", now, ct);
    }

    private IReadOnlyList<Message> Compose(DateOnly day, DigestCounts c) =>
    [
        texts.Message("alert.digest", Texts.Values(
            ("date", ThaiDates.FormatLong(day)),
            ("open", c.Open.ToString()),
            ("overdue", c.Overdue.ToString()),
            ("due_soon", c.DueSoon.ToString()),
            ("new_complaints", c.NewComplaints.ToString()),
            ("feedback", c.Feedback.ToString()),
            ("activities", c.LateActivities.ToString()))),
    ];
}
