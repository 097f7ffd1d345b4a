using ItaBot.Privacy;
using ItaBot.Tests.EndToEnd;
using ItaBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.Conversation;

/// <summary>
/// A citizen leaves a half-told complaint (to find a document, to answer the door) and comes back: 45 minutes or
/// 3 hours later the draft is still there and the bot asks before going on; after the day drafts are kept, and
/// after the purge has deleted it, the person is told plainly. Time is the bot's clock, moved by the test.
/// </summary>
public sealed class ComingBackToADraftTests
{
    private static readonly DateTimeOffset Morning = ManualClock.Bangkok(2026, 2, 10, 9);
    private static readonly string[] ReminderButtons = ["ทำต่อ", "เริ่มใหม่", "ยกเลิก"];
    private static readonly string[] MenuButtons = ["ร้องเรียนการทุจริต", "แสดงความคิดเห็น", "ติดตามเรื่อง"];
    private const string PhoneQuestion = "กรุณาพิมพ์เบอร์โทรศัพท์ที่ติดต่อได้";
    private const string RemovedNotice = "รายการที่ท่านทำค้างไว้ถูกลบแล้ว เพราะไม่ได้ทำต่อเกิน 1 วัน";

    [Theory]
    [InlineData(45)]
    [InlineData(180)]
    public async Task Coming_back_later_the_bot_says_where_the_person_was_keeps_what_they_typed_and_goes_on_after_continue(int minutes)
    {
        var clock = new ManualClock(Morning);
        await using var bot = await StartAsync(clock);
        var citizen = await AtPhoneQuestionAsync(bot);

        clock.Advance(TimeSpan.FromMinutes(minutes));
        var reminder = await citizen.SayAsync("081-234-5678");

        Assert.Contains("ท่านทำรายการ \"ร้องเรียนการทุจริต\" ค้างไว้ค่ะ ล่าสุดถึงขั้นตอน \"เบอร์โทรศัพท์\"", reminder[^1].Text);
        Assert.Equal(ReminderButtons, citizen.LastButtons);
        var again = await citizen.TapAsync("ทำต่อ");
        Assert.Contains(PhoneQuestion, again[^1].Text);
        var next = await citizen.SayAsync("081-234-5678");
        Assert.Contains("ผู้ที่ท่านร้องเรียนคือใคร", next[^1].Text);
    }

    [Fact]
    public async Task Start_over_in_the_reminder_asks_once_and_only_the_confirmation_starts_the_complaint_afresh()
    {
        var clock = new ManualClock(Morning);
        await using var bot = await StartAsync(clock);
        var citizen = await AtPhoneQuestionAsync(bot);
        clock.Advance(TimeSpan.FromHours(3));
        await citizen.SayAsync("สวัสดีค่ะ");

        var asked = await citizen.TapAsync("เริ่มใหม่");
        Assert.Contains("ข้อมูลที่กรอกไว้ในรายการ \"ร้องเรียนการทุจริต\" จะถูกลบทั้งหมดค่ะ ต้องการเริ่มใหม่ใช่ไหมคะ", asked[^1].Text);
        Assert.Equal(["ยืนยันเริ่มใหม่", "กลับไปทำต่อ"], citizen.LastButtons);
        var back = await citizen.TapAsync("กลับไปทำต่อ");
        Assert.Contains(PhoneQuestion, back[^1].Text);
        clock.Advance(TimeSpan.FromHours(1));
        await citizen.SayAsync("สวัสดีค่ะ");
        await citizen.TapAsync("เริ่มใหม่");
        var fresh = await citizen.TapAsync("ยืนยันเริ่มใหม่");

        Assert.Contains("ก่อนเริ่ม ขอแจ้งเรื่องข้อมูลส่วนบุคคลค่ะ", Citizen.AllText(fresh));
        Assert.Contains("รับทราบ", citizen.LastButtons);
    }

    [Fact]
    public async Task Three_hours_later_a_menu_tap_still_asks_before_replacing_the_draft_and_continue_returns_to_it()
    {
        var clock = new ManualClock(Morning);
        await using var bot = await StartAsync(clock);
        var citizen = await AtPhoneQuestionAsync(bot);

        clock.Advance(TimeSpan.FromHours(3));
        var question = await citizen.TapAsync("แสดงความคิดเห็น");

        Assert.Contains("ท่านมีเรื่อง \"ร้องเรียนการทุจริต\" ที่ยังกรอกไม่เสร็จ", question[^1].Text);
        Assert.Equal(["ทำต่อ", "เริ่มเรื่องใหม่"], citizen.LastButtons);
        var back = await citizen.TapAsync("ทำต่อ");
        Assert.Contains(PhoneQuestion, back[^1].Text);
    }

    [Fact]
    public async Task After_the_purge_the_person_is_told_plainly_that_the_draft_was_deleted_and_then_is_a_stranger_again()
    {
        var clock = new ManualClock(Morning);
        await using var bot = await StartAsync(clock);
        var citizen = await AtPhoneQuestionAsync(bot);

        clock.Advance(TimeSpan.FromDays(2));
        var purged = bot.Services.GetRequiredService<RetentionPurge>().Run();
        Assert.Equal(1, purged.AbandonedDrafts);
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM DialogStates WHERE length(State) > 0"));
        var told = await citizen.SayAsync("081-234-5678");

        Assert.Contains(RemovedNotice, Citizen.AllText(told));
        Assert.Contains("ไม่ได้ถูกส่ง กรุณาเริ่มใหม่จากเมนูค่ะ", Citizen.AllText(told));
        Assert.Equal(MenuButtons, citizen.LastButtons);
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM DialogStates"));
        var later = await citizen.SayAsync("สวัสดีค่ะ");
        Assert.DoesNotContain("ถูกลบแล้ว", Citizen.AllText(later));
    }

    [Fact]
    public async Task After_the_purge_a_menu_tap_says_the_old_draft_is_gone_without_sending_them_to_the_menu_and_starts_what_was_tapped()
    {
        var clock = new ManualClock(Morning);
        await using var bot = await StartAsync(clock);
        var citizen = await AtPhoneQuestionAsync(bot);

        clock.Advance(TimeSpan.FromDays(2));
        bot.Services.GetRequiredService<RetentionPurge>().Run();
        var answers = await citizen.TapAsync("ติดตามเรื่อง");

        Assert.Contains(RemovedNotice, answers[0].Text);
        Assert.Contains("ไม่ได้ถูกส่งค่ะ", answers[0].Text);
        Assert.DoesNotContain("เมนู", answers[0].Text);
        Assert.Contains("ต้องการติดตามเรื่องแบบใด", answers[^1].Text);
        Assert.Equal(1, bot.Count("SELECT COUNT(*) FROM DialogStates WHERE length(State) > 0"));
    }

    [Fact]
    public async Task A_draft_past_the_day_it_is_kept_is_gone_even_before_the_nightly_purge_has_run()
    {
        var clock = new ManualClock(Morning);
        await using var bot = await StartAsync(clock);
        var citizen = await AtPhoneQuestionAsync(bot);

        clock.Advance(TimeSpan.FromHours(26));
        var told = await citizen.SayAsync("081-234-5678");

        Assert.Contains(RemovedNotice, Citizen.AllText(told));
        Assert.Equal(MenuButtons, citizen.LastButtons);
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM DialogStates"));
    }

    private static Task<TestBot> StartAsync(ManualClock clock) =>
        TestBot.StartAsync(s => s["Alerts:Scheduler:Enabled"] = "false", time: clock);

    /// <summary>A named complaint with the privacy notice accepted and the name given; the phone is asked next.</summary>
    private static async Task<Citizen> AtPhoneQuestionAsync(TestBot bot)
    {
        var citizen = await Citizen.AddAsync(bot);
        await citizen.TapAsync("ร้องเรียนการทุจริต");
        await citizen.TapAsync("รับทราบ");
        await citizen.TapAsync("แจ้งชื่อ (เก็บเป็นความลับ)");
        var asked = await citizen.SayAsync("สมศรี ใจดี");
        Assert.Contains(PhoneQuestion, asked[^1].Text);
        return citizen;
    }
}
