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

    [Fact]
    public async Task A_burst_of_overdue_cases_reaches_each_handler_as_one_list_of_the_ten_latest_with_the_rest_counted()
    {
        await using var h = ServiceHarness.Create(Wednesday10);
        var (_, officer) = await h.AddStaffAsync(StaffRole.Officer, "งานนิติการ");
        var (_, admin) = await h.AddStaffAsync(StaffRole.Admin, "สำนักปลัด");
        var (_, clerk) = await h.AddStaffAsync(StaffRole.Staff, "กองคลัง");
        var complainant = await h.AddCitizenAsync();
        var cases = new List<Complaint>();
        for (var n = 0; n < 12; n++)
            cases.Add(await h.AddComplaintAsync(ComplaintStage.Review, ManualClock.Bangkok(2026, 1, 13, 16, 30).AddDays(-n), complainant));

        var round = await h.RunAlertsAsync();

        Assert.Equal(12, round.Cases);
        foreach (var user in new[] { officer, admin })
        {
            var push = Assert.Single(await h.PushesToAsync(user), p => p.Purpose.StartsWith("alert.case_"));
            Assert.Equal("alert.case_overdue_list", push.Purpose);
            Assert.Contains("เลยกำหนดแล้ว 12 เรื่อง", push.Text);
            Assert.All(cases[2..], c => Assert.Contains(c.CaseNo, push.Text));
            Assert.All(cases[..2], c => Assert.DoesNotContain(c.CaseNo, push.Text));
            Assert.True(push.Text.IndexOf(cases[11].CaseNo, StringComparison.Ordinal) < push.Text.IndexOf(cases[2].CaseNo, StringComparison.Ordinal),
                "the longest overdue comes first");
            Assert.Contains("และอีก 2 เรื่อง", push.Text);
            Assert.Contains(StaffPostback.Cases, push.Text);
            Assert.DoesNotContain("สามพันบาท", push.Text);
            Assert.DoesNotContain("สมศรี", push.Text);
            Assert.DoesNotContain("0812345678", push.Text);
        }
        Assert.Empty(await h.PushesToAsync(clerk));
    }

    [Fact]
    public async Task A_round_with_three_cases_of_a_kind_alerts_each_alone_while_four_of_the_other_kind_come_as_one_list()
    {
        await using var h = ServiceHarness.Create(Wednesday10);
        var (_, officer) = await h.AddStaffAsync(StaffRole.Officer, "งานนิติการ");
        var overdue = new List<Complaint>();
        for (var n = 0; n < CaseAlertBatch.MaxSingles; n++)
            overdue.Add(await h.AddComplaintAsync(ComplaintStage.Received, ManualClock.Bangkok(2026, 1, 13, 16, 30)));
        var dueTomorrow = new List<Complaint>();
        for (var n = 0; n <= CaseAlertBatch.MaxSingles; n++)
            dueTomorrow.Add(await h.AddComplaintAsync(ComplaintStage.Review, ManualClock.Bangkok(2026, 1, 15, 16, 30)));

        var round = await h.RunAlertsAsync();

        var pushes = await h.PushesToAsync(officer);
        Assert.Equal(7, round.Cases);
        Assert.Equal(["alert.case_overdue", "alert.case_overdue", "alert.case_overdue", "alert.case_due_list"],
            pushes.Select(p => p.Purpose));
        for (var i = 0; i < overdue.Count; i++)
        {
            Assert.Contains(overdue[i].CaseNo, pushes[i].Text);
            Assert.Contains(StaffPostback.OpenCase(overdue[i].Id), pushes[i].Text);
        }
        Assert.All(dueTomorrow, c => Assert.Contains(c.CaseNo, pushes[3].Text));
        Assert.Contains("ครบกำหนดพรุ่งนี้ 4 เรื่อง", pushes[3].Text);
        Assert.DoesNotContain("และอีก", pushes[3].Text);
    }

    [Fact]
    public async Task A_burst_already_listed_is_not_told_again_and_a_listed_case_that_moves_on_is_told_alone()
    {
        await using var h = ServiceHarness.Create(Wednesday10);
        var (_, officer) = await h.AddStaffAsync(StaffRole.Officer, "งานนิติการ");
        var cases = new List<Complaint>();
        for (var n = 0; n < 5; n++)
            cases.Add(await h.AddComplaintAsync(ComplaintStage.Received, ManualClock.Bangkok(2026, 1, 13, 16, 30)));
        await h.RunAlertsAsync();

        h.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await h.RunAlertsAsync();
        await h.WithDbAsync(async db =>
        {
            var row = await db.Complaints.FindAsync(cases[0].Id);
            row!.Stage = ComplaintStage.Review;
            return row;
        });
        var third = await h.RunAlertsAsync();

        Assert.Equal(0, second.Cases);
        Assert.Equal(1, third.Cases);
        var pushes = await h.PushesToAsync(officer);
        Assert.Equal(["alert.case_overdue_list", "alert.case_overdue"], pushes.Select(p => p.Purpose));
        Assert.Contains(StaffPostback.OpenCase(cases[0].Id), pushes[1].Text);
    }

    [Fact]
    public async Task A_burst_raised_in_quiet_hours_waits_as_one_list_until_they_end()
    {
        await using var h = ServiceHarness.Create(ManualClock.Bangkok(2026, 1, 15, 0, 1), s =>
        {
            s["Alerts:QuietFrom"] = "21:00";
            s["Alerts:QuietUntil"] = "07:00";
        });
        var (_, officer) = await h.AddStaffAsync(StaffRole.Officer, "งานนิติการ");
        for (var n = 0; n < 20; n++)
            await h.AddComplaintAsync(ComplaintStage.Review, ManualClock.Bangkok(2026, 1, 16, 16, 30));

        var round = await h.RunAlertsAsync();

        Assert.Equal(20, round.Cases);
        var push = Assert.Single(await h.PushesToAsync(officer));
        Assert.Equal("alert.case_due_list", push.Purpose);
        Assert.Contains("และอีก 10 เรื่อง", push.Text);
        Assert.Equal(ManualClock.Bangkok(2026, 1, 15, 7, 0), push.NotBefore);
    }
}
