using ItaBot.Staff;
using ItaBot.Tests.EndToEnd;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Cases;

public sealed class FeedbackDeskTests
{
    [Fact]
    public async Task Unit_staff_answer_feedback_in_chat_and_the_citizen_is_pushed_the_answer()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var clerk = await StaffChat.EnrollAsync(bot, "staff", "สำนักปลัด");
        var citizen = bot.Line.AddUser();
        await GiveFeedbackAsync(bot, citizen);

        var list = await bot.TapAsync(clerk, "ความคิดเห็น", answers: 2);
        Assert.Contains("คห-", list[^1].Text);
        Assert.DoesNotContain("คิวยาวมาก", list[^1].Text);
        var opened = await bot.TapAsync(clerk, "เปิดอ่าน");
        Assert.Contains("อยากให้เปิดจุดบริการช่วงเช้าเร็วขึ้น คิวยาวมาก", opened[^1].Text);
        await bot.TapAsync(clerk, "ตอบกลับ");
        var citizenBefore = bot.Line.MessagesTo(citizen).Count;
        var done = await bot.SayAsync(clerk, "ขอบคุณค่ะ จะเพิ่มเจ้าหน้าที่ช่วงเช้าตั้งแต่เดือนหน้า");
        var push = await StaffChat.NextPushAsync(bot, citizen, citizenBefore);

        Assert.Contains("ส่งคำตอบ", done[^1].Text);
        Assert.Equal("push", push.Via);
        Assert.Contains("จะเพิ่มเจ้าหน้าที่ช่วงเช้า", push.Text);
        var entry = await StaffChat.ReadAsync(bot, db => Task.FromResult(db.Feedback.Single()));
        Assert.Equal("answered", entry.Status);
        Assert.NotNull(entry.Answer);
        Assert.True(entry.Answer!.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes("จะเพิ่มเจ้าหน้าที่")) < 0);
        Assert.Single(await StaffChat.AuditAsync(bot, "feedback.read"));
        Assert.Single(await StaffChat.AuditAsync(bot, "feedback.answered"));
    }

    [Fact]
    public async Task Marking_feedback_handled_takes_it_off_the_list()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var clerk = await StaffChat.EnrollAsync(bot, "staff", "สำนักปลัด");
        await GiveFeedbackAsync(bot, bot.Line.AddUser());

        await bot.TapAsync(clerk, "ความคิดเห็น", answers: 2);
        await bot.TapAsync(clerk, "เปิดอ่าน");
        var handled = await bot.TapAsync(clerk, "ดำเนินการแล้ว");
        var after = await bot.TapAsync(clerk, "รายการความคิดเห็น");

        Assert.Contains("ดำเนินการแล้ว", handled[^1].Text);
        Assert.Contains("ไม่มีความคิดเห็นที่รอดำเนินการ", after[^1].Text);
        Assert.Single(await StaffChat.AuditAsync(bot, "feedback.handled"));
    }

    [Fact]
    public async Task Another_units_staff_see_none_of_it_even_by_typing_its_postback()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var finance = await StaffChat.EnrollAsync(bot, "staff", "กองคลัง");
        await GiveFeedbackAsync(bot, bot.Line.AddUser());

        var list = await bot.TapAsync(finance, "ความคิดเห็น");
        var before = bot.Line.MessagesTo(finance).Count;
        await bot.Line.SendPostbackAsync(finance, "s|fb|1");
        var forged = (await bot.AnswersAfterAsync(finance, before))[^1];

        Assert.Contains("ไม่มีความคิดเห็นที่รอดำเนินการ", list[^1].Text);
        Assert.Equal(Refusals.Text(bot, StaffRefusal.Who.Unit), forged.Text);
        Assert.Empty(await StaffChat.AuditAsync(bot, "feedback.read"));
        Assert.Single(await StaffChat.AuditAsync(bot, "staff.denied"));
    }

    [Fact]
    public async Task Admins_mute_and_unmute_their_digest_in_chat_and_others_may_not()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var admin = await StaffChat.EnrollAsync(bot, "admin", "สำนักปลัด");
        var officer = await StaffChat.EnrollAsync(bot, "officer", "งานนิติการ");

        var muted = await bot.SayAsync(admin, "ปิดสรุปรายวัน");
        var mutedFlag = await StaffChat.ReadAsync(bot, db => Task.FromResult(db.StaffMembers.Single(s => s.Role == "admin").DigestMuted));
        var unmuted = await bot.SayAsync(admin, "เปิดสรุปรายวัน");
        var unmutedFlag = await StaffChat.ReadAsync(bot, db => Task.FromResult(db.StaffMembers.Single(s => s.Role == "admin").DigestMuted));
        var refused = await bot.SayAsync(officer, "ปิดสรุปรายวัน");

        Assert.Contains("งดส่งสรุปรายวัน", muted[^1].Text);
        Assert.True(mutedFlag);
        Assert.Contains("เปิดรับสรุปรายวัน", unmuted[^1].Text);
        Assert.False(unmutedFlag);
        Assert.Equal(Refusals.Text(bot, StaffRefusal.Who.Admins), refused[^1].Text);
        Assert.Equal(["เรื่องร้องเรียน", "งานของฉัน", "มาตรการ", "ความคิดเห็น"], refused[^1].QuickReplyLabels);
        Assert.Equal(["digest.muted", "digest.unmuted"],
            (await StaffChat.AuditAsync(bot, "digest.muted")).Concat(await StaffChat.AuditAsync(bot, "digest.unmuted")).Select(a => a.Action));
    }

    [Fact]
    public async Task A_citizen_typing_the_digest_words_gets_the_ordinary_help()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var citizen = bot.Line.AddUser();

        var answer = await bot.SayAsync(citizen, "ปิดสรุปรายวัน");

        Assert.Contains("กรุณากดเลือก", answer[^1].Text);
    }

    [Fact]
    public async Task Feedback_whose_author_wanted_no_answer_offers_no_answer_button_and_a_typed_answer_is_not_pushed()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var clerk = await StaffChat.EnrollAsync(bot, "staff", "สำนักปลัด");
        var citizen = bot.Line.AddUser();
        await GiveFeedbackAsync(bot, citizen, wantsAnswer: false);
        await bot.TapAsync(clerk, "ความคิดเห็น", answers: 2);

        var opened = await bot.TapAsync(clerk, "เปิดอ่าน");
        Assert.Contains("ไม่ประสงค์ให้ตอบกลับ", opened[^1].Text);
        Assert.DoesNotContain("ตอบกลับ", opened[^1].Buttons.Select(b => b.Label));
        var citizenBefore = bot.Line.MessagesTo(citizen).Count;
        var id = await StaffChat.ReadAsync(bot, db => Task.FromResult(db.Feedback.Single().Id));
        var clerkBefore = bot.Line.MessagesTo(clerk).Count;
        await bot.Line.SendPostbackAsync(clerk, "s|fbans|" + id);
        await bot.AnswersAfterAsync(clerk, clerkBefore);
        var kept = await bot.SayAsync(clerk, "รับทราบค่ะ จะนำไปปรับปรุง");
        await bot.SettledAsync();

        Assert.Contains("คห-", kept[^1].Text);
        Assert.Equal(citizenBefore, bot.Line.MessagesTo(citizen).Count);
    }

    [Fact]
    public async Task An_answer_written_after_the_feedback_was_closed_keeps_it_closed()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var clerk = await StaffChat.EnrollAsync(bot, "staff", "สำนักปลัด");
        await GiveFeedbackAsync(bot, bot.Line.AddUser());
        await bot.TapAsync(clerk, "ความคิดเห็น", answers: 2);
        await bot.TapAsync(clerk, "เปิดอ่าน");
        await bot.TapAsync(clerk, "ตอบกลับ");
        var id = await StaffChat.ReadAsync(bot, db => Task.FromResult(db.Feedback.Single().Id));
        await bot.Line.SendPostbackAsync(clerk, "s|fbdone|" + id);
        await bot.SettledAsync();

        await bot.SayAsync(clerk, "ขอบคุณค่ะ จะเพิ่มเจ้าหน้าที่ช่วงเช้า");

        Assert.Equal("handled", await StaffChat.ReadAsync(bot, db => Task.FromResult(db.Feedback.Single().Status)));
    }

    private static async Task GiveFeedbackAsync(TestBot bot, string citizen, bool wantsAnswer = true)
    {
        await bot.SayAsync(citizen, "สวัสดี");
        await bot.TapAsync(citizen, "แสดงความคิดเห็น");
        await bot.TapAsync(citizen, "การให้บริการ");
        await bot.SayAsync(citizen, "อยากให้เปิดจุดบริการช่วงเช้าเร็วขึ้น คิวยาวมาก");
        await bot.TapAsync(citizen, "ข้าม");
        await bot.TapAsync(citizen, "ข้าม");
        var done = wantsAnswer
            ? await AnswerByLineAsync(bot, citizen)
            : await bot.TapAsync(citizen, "ไม่ต้องการ");
        Assert.Contains("ได้รับความคิดเห็นของท่านแล้ว", done[^1].Text);
    }

    private static async Task<IReadOnlyList<ItaBot.LineEmulator.DeliveredMessage>> AnswerByLineAsync(TestBot bot, string citizen)
    {
        await bot.TapAsync(citizen, "ต้องการ");
        return await bot.TapAsync(citizen, "ตอบทาง LINE");
    }
}
