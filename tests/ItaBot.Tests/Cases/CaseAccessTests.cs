using ItaBot.Staff;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Cases;

public sealed class CaseAccessTests
{
    [Fact]
    public async Task A_staff_member_tapping_cases_by_hand_is_refused_without_any_count_and_the_refusal_is_audited()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var clerk = await StaffChat.EnrollAsync(bot, "staff", "กองคลัง");
        var citizen = bot.Line.AddUser();
        await StaffChat.ComplainAsync(bot, citizen, "ผู้อำนวยการกองคลัง", "เรียกรับเงินจากผู้รับจ้างงานซ่อมถนน");

        var before = bot.Line.MessagesTo(clerk).Count;
        await bot.Line.SendPostbackAsync(clerk, "s|cases");
        var list = await bot.AnswersAfterAsync(clerk, before);
        var opened = await SendAsync(bot, clerk, "s|case|1");
        var typed = await bot.SayAsync(clerk, "เรื่องร้องเรียน");

        foreach (var answer in new[] { list[^1], opened, typed[^1] })
        {
            Assert.Equal(Refusals.Text(bot, StaffRefusal.Who.Handlers), answer.Text);
            Assert.Equal(["งานของฉัน", "มาตรการ", "ความคิดเห็น"], answer.QuickReplyLabels);
            Assert.DoesNotContain("ทจ-", answer.Text);
            Assert.DoesNotMatch("[0-9๐-๙]", answer.Text);
        }
        var denials = await StaffChat.AuditAsync(bot, "staff.denied");
        Assert.Equal(["s|cases", "s|case|1", "เรื่องร้องเรียน"], denials.Select(d => d.Subject));
        Assert.Empty(await StaffChat.AuditAsync(bot, "complaint.read"));
    }

    [Fact]
    public async Task A_citizen_tapping_a_staff_button_by_hand_gets_the_same_refusal_with_the_citizens_menu()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var citizen = bot.Line.AddUser();

        var answer = await SendAsync(bot, citizen, "s|cases");

        Assert.Equal(Refusals.Text(bot, StaffRefusal.Who.Registered), answer.Text);
        Assert.Equal(["ร้องเรียนการทุจริต", "แสดงความคิดเห็น", "ติดตามเรื่อง"], answer.QuickReplyLabels);
        Assert.Equal("citizen", Assert.Single(await StaffChat.AuditAsync(bot, "staff.denied")).Actor);
    }

    [Fact]
    public async Task The_staff_menu_offers_cases_only_to_officers_and_admins()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var clerk = await StaffChat.EnrollAsync(bot, "staff", "กองคลัง");
        var officer = await StaffChat.EnrollAsync(bot, "officer", "งานนิติการ");

        var clerkMenu = await bot.SayAsync(clerk, "เมนูเจ้าหน้าที่");
        var officerMenu = await bot.SayAsync(officer, "เมนูเจ้าหน้าที่");

        Assert.DoesNotContain("เรื่องร้องเรียน", clerkMenu[^1].QuickReplyLabels);
        Assert.Contains("เรื่องร้องเรียน", officerMenu[^1].QuickReplyLabels);
    }

    [Fact]
    public async Task Reading_a_named_complainant_takes_its_own_tap_and_both_reads_are_audited()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var officer = await StaffChat.EnrollAsync(bot, "officer", "งานนิติการ");
        var citizen = bot.Line.AddUser();
        var before = bot.Line.MessagesTo(officer).Count;
        await StaffChat.ComplainAsync(bot, citizen, "นายช่างโยธา", "ขอเงินค่าตรวจแบบบ้านโดยไม่มีใบเสร็จ", ("สมศรี ใจดี", "0812345678"));
        await StaffChat.NextPushAsync(bot, officer, before);

        var opened = await bot.TapAsync(officer, "ดูเรื่อง");
        var identity = await bot.TapAsync(officer, "ดูชื่อผู้ร้อง");

        Assert.DoesNotContain("สมศรี", opened[0].Text);
        Assert.DoesNotContain("0812345678", opened[0].Text);
        Assert.Contains("สมศรี ใจดี", identity[0].Text);
        Assert.Contains("0812345678", identity[0].Text);
        var read = Assert.Single(await StaffChat.AuditAsync(bot, "complaint.read"));
        var identityRead = Assert.Single(await StaffChat.AuditAsync(bot, "complaint.identity_read"));
        Assert.Equal(read.Subject, identityRead.Subject);
        Assert.Equal(read.Actor, identityRead.Actor);
        Assert.StartsWith("staff:", read.Actor);
    }

    [Fact]
    public async Task An_identified_complainant_is_pushed_each_stage_change()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var officer = await StaffChat.EnrollAsync(bot, "officer", "งานนิติการ");
        var citizen = bot.Line.AddUser();
        var before = bot.Line.MessagesTo(officer).Count;
        await StaffChat.ComplainAsync(bot, citizen, "นายช่างโยธา", "ขอเงินค่าตรวจแบบบ้านโดยไม่มีใบเสร็จ", ("สมศรี ใจดี", "0812345678"));
        await StaffChat.NextPushAsync(bot, officer, before);
        await bot.TapAsync(officer, "ดูเรื่อง");
        var citizenBefore = bot.Line.MessagesTo(citizen).Count;

        await bot.TapAsync(officer, "เริ่มพิจารณา");
        await bot.SayAsync(officer, "รับไว้พิจารณา");
        var push = await StaffChat.NextPushAsync(bot, citizen, citizenBefore);

        Assert.Equal("push", push.Via);
        Assert.Contains("แจ้งความคืบหน้าเรื่อง ทจ-", push.Text);
        Assert.Contains("กำลังพิจารณาเบื้องต้น", push.Text);
        Assert.DoesNotContain("รับไว้พิจารณา", push.Text);
    }

    [Fact]
    public async Task An_officer_cannot_skip_a_stage_by_typing_a_postback()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var officer = await StaffChat.EnrollAsync(bot, "officer", "งานนิติการ");
        var citizen = bot.Line.AddUser();
        var before = bot.Line.MessagesTo(officer).Count;
        await StaffChat.ComplainAsync(bot, citizen, "ผู้อำนวยการกองคลัง", "เรียกรับเงินจากผู้รับจ้างงานซ่อมถนน");
        await StaffChat.NextPushAsync(bot, officer, before);

        var refused = await SendAsync(bot, officer, "s|move|1|closed");

        Assert.Contains("เปลี่ยนขั้นตอน", refused.Text);
        Assert.Equal("received", await StaffChat.ReadAsync(bot, db => Task.FromResult(db.Complaints.Single().Stage)));
    }

    private static async Task<ItaBot.LineEmulator.DeliveredMessage> SendAsync(TestBot bot, string user, string data)
    {
        var before = bot.Line.MessagesTo(user).Count;
        await bot.Line.SendPostbackAsync(user, data);
        return (await bot.AnswersAfterAsync(user, before))[^1];
    }
}
