using System.Globalization;
using ItaBot.Calendar;
using ItaBot.Complaints;
using ItaBot.Feedback;
using ItaBot.Measures.Import;
using ItaBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Alerts;

/// <summary>The numbers of the morning digest; counts only, so nothing in it identifies a case or a person.</summary>
public sealed record DigestCounts(int Open, int Overdue, int DueSoon, int NewComplaints, int Feedback, int LateActivities)
{
    public static async Task<DigestCounts> ReadAsync(ItaBotDb db, DateTimeOffset now, CancellationToken ct)
    {
        var ms = now.ToUnixTimeMilliseconds();
        var horizon = BangkokTime.At(BangkokTime.DateOf(now).AddDays(2), TimeOnly.MinValue).ToUnixTimeMilliseconds();
        var dayAgo = now.AddDays(-1).ToUnixTimeMilliseconds();
        var today = BangkokTime.DateOf(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var open = db.Complaints.AsNoTracking().Where(c => c.ClosedAt == null && c.Stage != ComplaintStage.Closed);
        return new DigestCounts(
            await open.CountAsync(ct),
            await open.CountAsync(c => c.StageDue <= ms, ct),
            await open.CountAsync(c => c.StageDue > ms && c.StageDue < horizon, ct),
            await db.Complaints.CountAsync(c => c.ReceivedAt >= dayAgo, ct),
            await db.Feedback.CountAsync(f => f.Status == FeedbackStatus.New, ct),
            await db.MeasureActivities.CountAsync(a => a.PeriodTo != null && string.Compare(a.PeriodTo, today) < 0
                                                       && a.Status != ActivityStatuses.Done, ct));
    }
}
