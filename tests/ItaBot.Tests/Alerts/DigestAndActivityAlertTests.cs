using ItaBot.Tests.Support;
using ItaBot.Alerts;
using ItaBot.Complaints;
using ItaBot.Feedback;
using ItaBot.Staff;
using ItaBot.Storage.Entities;

namespace ItaBot.Tests.Alerts;

public sealed class DigestAndActivityAlertTests
{
    [Fact]
    public async Task The_digest_waits_for_0830_Bangkok_then_goes_once_to_each_admin_who_has_not_muted_it()
    {
        await using var h = ServiceHarness.Create(ManualClock.Bangkok(2026, 1, 14, 8, 0));
        var (_, admin) = await h.AddStaffAsync(StaffRole.Admin, "สำนักปลัด");
        var (_, muted) = await h.AddStaffAsync(StaffRole.Admin, "สำนักปลัด", digestMuted: true);
        var (_, officer) = await h.AddStaffAsync(StaffRole.Officer, "งานนิติการ");

        var early = await h.RunAlertsAsync();
        h.Clock.Set(ManualClock.Bangkok(2026, 1, 14, 8, 31));
        var onTime = await h.RunAlertsAsync();
        h.Clock.Set(ManualClock.Bangkok(2026, 1, 14, 12, 0));
        var again = await h.RunAlertsAsync();
        h.Clock.Set(ManualClock.Bangkok(2026, 1, 15, 8, 30));
        var nextDay = await h.RunAlertsAsync();

        Assert.Equal([-1, 1, -1, 1], new[] { early, onTime, again, nextDay }.Select(r => r.DigestRecipients));
        Assert.Equal(2, (await h.PushesToAsync(admin)).Count(p => p.Purpose == "alert.digest"));
        Assert.Empty(await h.PushesToAsync(muted));
        Assert.Empty(await h.PushesToAsync(officer));
    }

    [Fact]
    public async Task The_digest_counts_open_overdue_and_waiting_work_and_names_no_case()
    {
        await using var h = ServiceHarness.Create(ManualClock.Bangkok(2026, 1, 14, 9, 0));
        var (_, admin) = await h.AddStaffAsync(StaffRole.Admin, "สำนักปลัด");
        var overdue = await h.AddComplaintAsync(ComplaintStage.Review, ManualClock.Bangkok(2026, 1, 13, 16, 30));
        await h.AddComplaintAsync(ComplaintStage.Received, ManualClock.Bangkok(2026, 1, 15, 16, 30));
        await h.AddComplaintAsync(ComplaintStage.Investigating, ManualClock.Bangkok(2026, 1, 20, 16, 30));
        await h.AddComplaintAsync(ComplaintStage.Closed, ManualClock.Bangkok(2026, 1, 1, 16, 30));
        await AddFeedbackAsync(h, FeedbackStatus.New);
        await AddFeedbackAsync(h, FeedbackStatus.Handled);

        await h.RunAlertsAsync();

        var digest = Assert.Single(await h.PushesToAsync(admin), p => p.Purpose == "alert.digest").Text;
        Assert.Contains("ยังไม่ปิด: 3 เรื่อง", digest);
        Assert.Contains("เลยกำหนด: 1 เรื่อง", digest);
        Assert.Contains("ครบกำหนดภายในพรุ่งนี้: 1 เรื่อง", digest);
        Assert.Contains("ใน 24 ชั่วโมง: 4 เรื่อง", digest);
        Assert.Contains("ความคิดเห็นรอดำเนินการ: 1 รายการ", digest);
        Assert.DoesNotContain(overdue.CaseNo, digest);
    }

    [Fact]
    public async Task A_late_activity_alerts_admins_and_its_own_unit_once_and_not_other_units()
    {
        await using var h = ServiceHarness.Create(ManualClock.Bangkok(2026, 3, 2, 10, 0));
        var (_, admin) = await h.AddStaffAsync(StaffRole.Admin, "สำนักปลัด");
        var (_, finance) = await h.AddStaffAsync(StaffRole.Staff, "กองคลัง");
        var (_, works) = await h.AddStaffAsync(StaffRole.Staff, "กองช่าง");
        var late = await AddActivityAsync(h, "1.1", "กองคลัง", "2026-02-28", "in_progress");
        await AddActivityAsync(h, "1.2", "กองคลัง", "2026-02-28", "done");
        await AddActivityAsync(h, "1.3", "กองช่าง", "2026-03-31", "not_started");
        await AddActivityAsync(h, "1.4", "กองช่าง", "2025-11-30", "not_started");

        var first = await h.RunAlertsAsync();
        var second = await h.RunAlertsAsync();

        Assert.Equal(1, first.Activities);
        Assert.Equal(0, second.Activities);
        foreach (var user in new[] { admin, finance })
        {
            var alert = Assert.Single(await h.PushesToAsync(user), p => p.Purpose == "alert.activity_overdue");
            Assert.Contains(late.Title, alert.Text);
        }
        Assert.Empty(await h.PushesToAsync(works));
    }

    private static Task<FeedbackEntry> AddFeedbackAsync(ServiceHarness h, string status) => h.WithDbAsync(db =>
    {
        var n = db.Feedback.Count() + 1;
        var entry = new FeedbackEntry
        {
            FiscalYear = 2569, Sequence = n, RefNo = $"คห-2569-{n:0000}", Category = "การให้บริการ", Unit = "สำนักปลัด",
            Text = [1], Status = status, ReceivedAt = h.Clock.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        db.Feedback.Add(entry);
        return Task.FromResult(entry);
    });

    private static Task<MeasureActivity> AddActivityAsync(ServiceHarness h, string code, string unit, string periodTo, string status) =>
        h.WithDbAsync(async db =>
        {
            var measure = db.Measures.Local.FirstOrDefault() ?? db.Measures.FirstOrDefault();
            if (measure is null)
            {
                measure = new Measure { FiscalYear = 2569, Code = "1", Title = "มาตรการเผยแพร่ข้อมูล", SortOrder = 1 };
                db.Measures.Add(measure);
                await db.SaveChangesAsync();
            }
            var activity = new MeasureActivity
            {
                MeasureId = measure.Id, Code = code, Title = "กิจกรรม " + code + " เผยแพร่รายงานการเงิน", Units = unit,
                PeriodFrom = "2025-10-01", PeriodTo = periodTo, Status = status, SortOrder = 1,
                UpdatedAt = h.Clock.GetUtcNow().ToUnixTimeMilliseconds(),
            };
            db.MeasureActivities.Add(activity);
            await db.SaveChangesAsync();
            db.ActivityUnits.Add(new ActivityUnit { ActivityId = activity.Id, Unit = unit });
            return activity;
        });
}
