using ItaBot.Tests.Support;
using ItaBot.Alerts;
using ItaBot.Complaints;
using ItaBot.Staff;
using ItaBot.Storage.Entities;

namespace ItaBot.Tests.Alerts;

public sealed class CaseDeadlineAlertTests
{
    private static readonly DateTimeOffset Wednesday10 = ManualClock.Bangkok(2026, 1, 14, 10);

    [Theory]
    [InlineData(2026, 1, 15, 16, 30, "due")]
    [InlineData(2026, 1, 15, 0, 0, "due")]
    [InlineData(2026, 1, 14, 16, 30, null)]
    [InlineData(2026, 1, 16, 8, 0, null)]
    [InlineData(2026, 1, 14, 10, 0, "overdue")]
    [InlineData(2026, 1, 13, 16, 30, "overdue")]
    public void A_case_is_due_tomorrow_overdue_or_neither_by_Bangkok_dates(int y, int m, int d, int h, int min, string? expected)
    {
        var c = new Complaint { StageDue = ManualClock.Bangkok(y, m, d, h, min).ToUnixTimeMilliseconds() };

        Assert.Equal(expected, CaseDeadlineAlerts.Kind(c, Wednesday10, new DateOnly(2026, 1, 15)));
    }

    [Fact]
    public async Task A_case_due_tomorrow_alerts_officers_and_admins_once_and_never_plain_staff()
    {
        await using var h = ServiceHarness.Create(Wednesday10);
        var (_, officer) = await h.AddStaffAsync(StaffRole.Officer, "งานนิติการ");
        var (_, admin) = await h.AddStaffAsync(StaffRole.Admin, "สำนักปลัด");
        var (_, clerk) = await h.AddStaffAsync(StaffRole.Staff, "กองคลัง");
        var c = await h.AddComplaintAsync(ComplaintStage.Review, ManualClock.Bangkok(2026, 1, 15, 16, 30));

        var first = await h.RunAlertsAsync();
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await h.RunAlertsAsync();

        Assert.Equal(1, first.Cases);
        Assert.Equal(0, second.Cases);
        foreach (var user in new[] { officer, admin })
        {
            var due = (await h.PushesToAsync(user)).Where(p => p.Purpose == "alert.case_due").ToList();
            Assert.Single(due);
            Assert.Contains(c.CaseNo, due[0].Text);
            Assert.Contains("พรุ่งนี้", due[0].Text);
            Assert.DoesNotContain("สามพันบาท", due[0].Text);
        }
        Assert.Empty(await h.PushesToAsync(clerk));
    }

    [Fact]
    public async Task A_case_that_passes_its_due_time_gets_one_overdue_alert_after_its_due_tomorrow_alert()
    {
        await using var h = ServiceHarness.Create(Wednesday10);
        var (_, officer) = await h.AddStaffAsync(StaffRole.Officer, "งานนิติการ");
        await h.AddComplaintAsync(ComplaintStage.Received, ManualClock.Bangkok(2026, 1, 15, 16, 30));

        await h.RunAlertsAsync();
        h.Clock.Set(ManualClock.Bangkok(2026, 1, 15, 17, 0));
        var late = await h.RunAlertsAsync();
        h.Clock.Set(ManualClock.Bangkok(2026, 1, 16, 9, 0));
        var later = await h.RunAlertsAsync();

        var purposes = (await h.PushesToAsync(officer)).Select(p => p.Purpose).ToList();
        Assert.Equal(["alert.case_due", "alert.case_overdue"], purposes);
        Assert.Equal(1, late.Cases);
        Assert.Equal(0, later.Cases);
    }

    [Fact]
    public async Task A_case_that_moves_on_starts_a_fresh_clock_for_its_new_stage()
    {
        await using var h = ServiceHarness.Create(Wednesday10);
        var (_, officer) = await h.AddStaffAsync(StaffRole.Officer, "งานนิติการ");
        var c = await h.AddComplaintAsync(ComplaintStage.Received, ManualClock.Bangkok(2026, 1, 13, 16, 30));
        await h.RunAlertsAsync();

        await h.WithDbAsync(async db =>
        {
            var row = await db.Complaints.FindAsync(c.Id);
            row!.Stage = ComplaintStage.Review;
            return row;
        });
        await h.RunAlertsAsync();

        Assert.Equal(2, (await h.PushesToAsync(officer)).Count(p => p.Purpose == "alert.case_overdue"));
    }

    [Fact]
    public async Task Closed_cases_raise_no_alerts()
    {
        await using var h = ServiceHarness.Create(Wednesday10);
        var (_, officer) = await h.AddStaffAsync(StaffRole.Officer, "งานนิติการ");
        await h.AddComplaintAsync(ComplaintStage.Closed, ManualClock.Bangkok(2026, 1, 13, 16, 30));

        var round = await h.RunAlertsAsync();

        Assert.Equal(0, round.Cases);
        Assert.Empty(await h.PushesToAsync(officer));
    }

    [Fact]
    public async Task An_alert_raised_in_quiet_hours_waits_until_they_end_and_is_not_dropped()
    {
        await using var h = ServiceHarness.Create(ManualClock.Bangkok(2026, 1, 14, 23, 0), s =>
        {
            s["Alerts:QuietFrom"] = "21:00";
            s["Alerts:QuietUntil"] = "07:00";
        });
        var (_, officer) = await h.AddStaffAsync(StaffRole.Officer, "งานนิติการ");
        await h.AddComplaintAsync(ComplaintStage.Review, ManualClock.Bangkok(2026, 1, 14, 16, 30));

        await h.RunAlertsAsync();

        var push = Assert.Single(await h.PushesToAsync(officer));
        Assert.Equal("alert.case_overdue", push.Purpose);
        Assert.Equal(ManualClock.Bangkok(2026, 1, 15, 7, 0), push.NotBefore);
    }
}
