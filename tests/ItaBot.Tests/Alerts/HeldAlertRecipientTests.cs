using ItaBot.Outbox;
using ItaBot.Staff;
using ItaBot.Tests.Cases;
using ItaBot.Tests.EndToEnd;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Alerts;

/// <summary>An alert held back by quiet hours goes out in the morning only to people who should still get it.</summary>
public sealed class HeldAlertRecipientTests
{
    [Fact]
    public async Task An_alert_held_overnight_is_withdrawn_for_an_officer_revoked_before_morning_and_still_reaches_the_others()
    {
        var clock = new ManualClock(ManualClock.Bangkok(2026, 1, 14, 23, 0));
        await using var bot = await TestBot.StartAsync(s =>
        {
            s["Alerts:Scheduler:Enabled"] = "false";
            s["Alerts:QuietFrom"] = "21:00";
            s["Alerts:QuietUntil"] = "07:00";
        }, time: clock);
        var revoked = await StaffChat.EnrollAsync(bot, "officer", "งานนิติการ");
        var kept = await StaffChat.EnrollAsync(bot, "officer", "งานนิติการ");
        var (revokedBefore, keptBefore) = (bot.Line.MessagesTo(revoked).Count, bot.Line.MessagesTo(kept).Count);
        await StaffChat.ComplainAsync(bot, bot.Line.AddUser(), "นายสมชาย เจ้าหน้าที่กองช่าง", "เรียกเงินสามพันบาทเพื่อเร่งออกใบอนุญาต");
        var id = bot.Count("SELECT MIN(Id) FROM StaffMembers WHERE Role = 'officer'");
        Assert.Equal(0, (await bot.CliAsync("staff", "revoke", id.ToString())).Code);

        clock.Set(ManualClock.Bangkok(2026, 1, 15, 7, 1));
        var alert = await StaffChat.NextPushAsync(bot, kept, keptBefore);
        await bot.WaitForCountAsync($"SELECT COUNT(*) FROM OutboxMessages WHERE Status = {OutboxStatus.Withdrawn} AND Purpose = 'alert.new_complaint'");
        await bot.SettledAsync();

        Assert.Contains("มีเรื่องร้องเรียนใหม่", alert.Text);
        Assert.Equal(revokedBefore, bot.Line.MessagesTo(revoked).Count);
        Assert.Equal(1, bot.Count("SELECT COUNT(*) FROM OutboxMessages WHERE Purpose = 'alert.new_complaint' AND Status = 1"));
    }

    [Theory]
    [InlineData("alert.digest", StaffRole.Admin, true)]
    [InlineData("alert.digest", StaffRole.Officer, false)]
    [InlineData("alert.new_complaint", StaffRole.Officer, true)]
    [InlineData("alert.new_complaint", StaffRole.Staff, false)]
    [InlineData("alert.case_overdue", StaffRole.Admin, true)]
    [InlineData("alert.case_due_tomorrow", StaffRole.Staff, false)]
    [InlineData("alert.case_overdue_list", StaffRole.Officer, true)]
    [InlineData("alert.case_due_list", StaffRole.Staff, false)]
    [InlineData("alert.activity_overdue", StaffRole.Staff, true)]
    public void Each_alert_is_only_for_the_roles_that_raise_it_in_the_first_place(string purpose, string role, bool receives)
    {
        Assert.Equal(receives, AlertAudience.Receives(purpose, role));
    }
}
