using ItaBot.Alerts;
using ItaBot.Complaints;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using ItaBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Tests.Alerts;

public sealed class AlertLedgerTests
{
    private static readonly DateTimeOffset Wednesday10 = ManualClock.Bangkok(2026, 1, 14, 10);

    [Fact]
    public async Task Claiming_a_rounds_keys_returns_only_those_never_claimed_in_the_order_given()
    {
        await using var h = ServiceHarness.Create(Wednesday10);
        await h.WithDbAsync(db => AlertLedger.ClaimAsync(db, "saved-earlier", Wednesday10, CancellationToken.None));

        var claimed = await h.WithDbAsync(async db =>
        {
            db.AlertLog.Add(new AlertLogEntry { Key = "added-in-this-round", At = 1 });
            return await AlertLedger.ClaimAsync(db, ["c", "saved-earlier", "added-in-this-round", "a", "c"], Wednesday10, CancellationToken.None);
        });
        var again = await h.WithDbAsync(db => AlertLedger.ClaimAsync(db, ["a", "c", "b"], Wednesday10, CancellationToken.None));

        Assert.Equal(["c", "a"], claimed);
        Assert.Equal(["b"], again);
        var ledger = await h.WithDbAsync(db => db.AlertLog.Select(a => a.Key).OrderBy(k => k).ToListAsync());
        Assert.Equal(["a", "added-in-this-round", "b", "c", "saved-earlier"], ledger);
    }

    [Fact]
    public async Task A_register_with_more_overdue_cases_than_one_lookup_claims_each_case_once_and_sends_one_list()
    {
        await using var h = ServiceHarness.Create(Wednesday10);
        var (_, officer) = await h.AddStaffAsync(ItaBot.Staff.StaffRole.Officer, "งานนิติการ");
        await h.WithDbAsync(db =>
        {
            var due = ManualClock.Bangkok(2026, 1, 13, 16, 30).ToUnixTimeMilliseconds();
            for (var n = 1; n <= 1_200; n++)
                db.Complaints.Add(new Complaint
                {
                    FiscalYear = 2569, Sequence = n, CaseNo = $"ทจ-2569-{n:0000}", ReceiptHash = "receipt-" + n, Anonymous = true,
                    Content = [1], Stage = ComplaintStage.Review, ReceivedAt = due, ReviewDue = due, ResultDue = due, StageDue = due, UpdatedAt = due,
                });
            return Task.FromResult(0);
        });

        var first = await h.RunAlertsAsync();
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await h.RunAlertsAsync();

        Assert.Equal(1_200, first.Cases);
        Assert.Equal(0, second.Cases);
        Assert.Equal(1_200, await h.WithDbAsync(db => db.AlertLog.CountAsync(a => a.Key.StartsWith(CaseDeadlineAlerts.Overdue + ":"))));
        var push = Assert.Single(await h.PushesToAsync(officer));
        Assert.Equal("alert.case_overdue_list", push.Purpose);
        Assert.Contains("และอีก 1190 เรื่อง", push.Text);
    }

    [Fact]
    public async Task An_alert_round_saves_in_line_with_the_other_writers()
    {
        await using var h = ServiceHarness.Create(Wednesday10);
        await h.AddStaffAsync(ItaBot.Staff.StaffRole.Officer, "งานนิติการ");
        await h.AddComplaintAsync(ComplaintStage.Review, ManualClock.Bangkok(2026, 1, 13, 16, 30));
        var gate = h.Get<WriteGate>();

        Task<AlertRound> round;
        using (await gate.EnterAsync("a turn", CancellationToken.None))
        {
            round = h.RunAlertsAsync();
            await Task.WhenAny(round, Task.Delay(TimeSpan.FromMilliseconds(300)));
            Assert.False(round.IsCompleted);
            Assert.Empty(await h.WithDbAsync(db => db.AlertLog.ToListAsync()));
        }

        Assert.Equal(1, (await round.WaitAsync(TimeSpan.FromSeconds(10))).Cases);
    }
}
