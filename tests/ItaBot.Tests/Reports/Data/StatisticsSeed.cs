using ItaBot.Calendar;
using ItaBot.Complaints;
using ItaBot.Feedback;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using ItaBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.Reports.Data;

/// <summary>
/// Complaints and feedback in several states across fiscal years 2567-2569, inserted directly, with the figures a
/// person works out by hand from them. Dates in Nov 2024 and Mar/Apr 2025 avoid public holidays, so working days
/// are plain weekday counts.
/// </summary>
internal static class StatisticsSeed
{
    public const string SecretWords = "ข้อความลับของผู้ร้องเรียน";

    public static async Task InsertAsync(ItaBotDb db)
    {
        var n = 0;
        Complaint Case(long received, string stage) => new()
        {
            FiscalYear = ThaiDates.FiscalYear(BangkokTime.DateOf(DateTimeOffset.FromUnixTimeMilliseconds(received))),
            Sequence = ++n,
            CaseNo = $"ทจ-T-{n:000}",
            ReceiptHash = "receipt-" + n,
            Content = System.Text.Encoding.UTF8.GetBytes(SecretWords),
            Stage = stage,
            ReceivedAt = received,
            ReviewDue = Due(received, 1),
            ResultDue = Due(received, 30),
            StageDue = Due(received, 1),
            UpdatedAt = received,
        };

        var c1 = Case(Bkk(2024, 11, 4), ComplaintStage.Closed);
        c1.ReviewedAt = Bkk(2024, 11, 5);
        c1.ResultAt = Bkk(2024, 11, 15);
        c1.ClosedAt = Bkk(2024, 11, 20);
        (c1.Satisfaction, c1.SatisfactionAt) = (5, c1.ClosedAt);
        var c2 = Case(Bkk(2024, 11, 6), ComplaintStage.Notified);
        c2.ReviewedAt = Bkk(2024, 11, 8);
        c2.Decision = ComplaintStage.Forwarded;
        c2.ForwardedTo = "สำนักงาน ป.ป.ช. ประจำจังหวัด";
        c2.ResultAt = Bkk(2024, 11, 11);
        (c2.Satisfaction, c2.SatisfactionAt) = (3, c2.ResultAt);
        var c3 = Case(Bkk(2025, 3, 3), ComplaintStage.Investigating);
        c3.ReviewedAt = Bkk(2025, 3, 4);
        c3.Decision = ComplaintStage.Investigating;
        var c4 = Case(Bkk(2024, 12, 2), ComplaintStage.Received);
        var c5 = Case(Bkk(2025, 4, 1), ComplaintStage.Forwarded);
        c5.ReviewedAt = Bkk(2025, 4, 2);
        // 01:00 on 1 Oct in Bangkok is still 30 Sep in UTC: it belongs to the new fiscal year.
        var c6 = Case(Utc(2025, 9, 30, 18), ComplaintStage.Received);
        var c7 = Case(Utc(2024, 9, 30, 18), ComplaintStage.Review);
        var c8 = Case(Utc(2024, 9, 30, 16), ComplaintStage.Received);
        db.Complaints.AddRange(c1, c2, c3, c4, c5, c6, c7, c8);

        var f = 0;
        FeedbackEntry Opinion(string category, long received, string status, int? rating) => new()
        {
            FiscalYear = ThaiDates.FiscalYear(BangkokTime.DateOf(DateTimeOffset.FromUnixTimeMilliseconds(received))),
            Sequence = ++f,
            RefNo = $"คห-T-{f:000}",
            Category = category,
            Unit = "สำนักปลัด",
            Text = System.Text.Encoding.UTF8.GetBytes(SecretWords),
            Status = status,
            Rating = rating,
            ReceivedAt = received,
        };

        var f1 = Opinion("ถนน", Bkk(2024, 11, 10), FeedbackStatus.Handled, 4);
        f1.AnsweredAt = Bkk(2024, 11, 11);
        f1.HandledAt = Bkk(2024, 11, 12);
        var f2 = Opinion("ถนน", Bkk(2025, 1, 15), FeedbackStatus.New, null);
        var f3 = Opinion("ไฟฟ้า", Bkk(2025, 4, 20), FeedbackStatus.Answered, 2);
        f3.AnsweredAt = Bkk(2025, 4, 21);
        var f4 = Opinion("ไฟฟ้า", Bkk(2024, 9, 20), FeedbackStatus.New, 1);
        db.Feedback.AddRange(f1, f2, f3, f4);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// One more complaint beside the seed's, for a test to add with <see cref="AddAsync"/>; a rating is given at
    /// <paramref name="ratedAt"/>, else when the complaint was received.
    /// </summary>
    public static Complaint Extra(long receivedAt, string stage, int? satisfaction = null, long? ratedAt = null)
    {
        var n = Interlocked.Increment(ref _extra);
        return new()
        {
            FiscalYear = ThaiDates.FiscalYear(BangkokTime.DateOf(DateTimeOffset.FromUnixTimeMilliseconds(receivedAt))),
            Sequence = 100 + n, CaseNo = $"ทจ-T-{100 + n}", ReceiptHash = $"receipt-{100 + n}", Content = [1],
            Stage = stage, ReceivedAt = receivedAt, ReviewDue = receivedAt, ResultDue = receivedAt, StageDue = receivedAt,
            Satisfaction = satisfaction, SatisfactionAt = satisfaction is null ? null : ratedAt ?? receivedAt,
            UpdatedAt = Math.Max(receivedAt, ratedAt ?? receivedAt),
        };
    }

    private static int _extra;

    /// <summary>Adds a row to the bot's database; returns a complaint's new id (0 for other rows).</summary>
    public static async Task<long> AddAsync(TestBot bot, object row)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        db.Add(row);
        await db.SaveChangesAsync();
        return row is Complaint c ? c.Id : 0;
    }

    public static long Bkk(int year, int month, int day, int hour = 10) =>
        BangkokTime.At(new DateOnly(year, month, day), new TimeOnly(hour, 0)).ToUnixTimeMilliseconds();

    private static long Utc(int year, int month, int day, int hour) =>
        new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    // Deadlines are weekdays at 16:30 here; the seed dates never straddle a holiday.
    private static long Due(long received, int workingDays)
    {
        var day = BangkokTime.DateOf(DateTimeOffset.FromUnixTimeMilliseconds(received));
        for (var left = workingDays; left > 0;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) left--;
        }
        return BangkokTime.At(day, new TimeOnly(16, 30)).ToUnixTimeMilliseconds();
    }
}
