using ItaBot.Tests.EndToEnd;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Measures;

public sealed class MyWorkEndToEndTests
{
    [Fact]
    public async Task A_finance_clerk_sees_only_finance_work_marks_one_done_with_evidence_and_the_overview_shows_it()
    {
        await using var bot = await TestBot.StartAsync();
        await StaffSetup.ImportPlanAsync(bot);
        var clerk = await StaffSetup.EnrollAsync(bot, "staff", "กองคลัง");

        var list = await bot.SayAsync(clerk, "งานของฉัน", answers: 2);
        Assert.Contains("กองคลัง", list[0].Text);
        Assert.Contains("2 รายการ", list[0].Text);
        Assert.Equal("flex", list[1].Type);
        Assert.Contains("อบรมคุณธรรมจริยธรรม", list[1].Text);
        Assert.Contains("ขั้นตอน 1.3", list[1].Text);
        Assert.DoesNotContain("ขั้นตอน 1.2", list[1].Text);
        var open = list[1].Buttons.Select(b => b.Data).ToList();
        Assert.Equal(["s|act|" + StaffSetup.ActivityId(bot, "1.1"), "s|act|" + StaffSetup.ActivityId(bot, "1.3")], open);

        var before = bot.Line.MessagesTo(clerk).Count;
        await bot.Line.SendPostbackAsync(clerk, open[0]!);
        var details = await bot.AnswersAfterAsync(clerk, before, 2);
        Assert.Contains("ยังไม่เริ่ม", details[0].Text);
        Assert.Contains("เสร็จสิ้น", details[1].QuickReplyLabels);

        await bot.TapAsync(clerk, "เสร็จสิ้น");
        await bot.SayAsync(clerk, "จัดอบรมแล้ว 2 ครั้ง ผู้เข้าร่วม 40 คน");
        var evidence = await bot.TapAsync(clerk, "ข้าม");
        Assert.Contains("ถ่ายรูป", evidence[^1].QuickReplyLabels);
        before = bot.Line.MessagesTo(clerk).Count;
        await bot.Line.SendImageAsync(clerk);
        await bot.AnswersAfterAsync(clerk, before);
        await bot.TapAsync(clerk, "เสร็จแล้ว");
        var confirm = await bot.SayAsync(clerk, "ดูได้ที่ https://example.go.th/ita/o42 ค่ะ");
        Assert.Contains("จัดอบรมแล้ว 2 ครั้ง", confirm[^1].Text);
        Assert.Contains("ยืนยันบันทึก", confirm[^1].QuickReplyLabels);
        var saved = await bot.TapAsync(clerk, "ยืนยันบันทึก");
        Assert.Contains("บันทึกผลแล้ว", saved[^1].Text);
        Assert.Contains("เสร็จสิ้น", saved[^1].Text);

        var overview = await bot.SayAsync(clerk, "มาตรการ");
        Assert.Contains("เสร็จ 1", overview[^1].Text);
        Assert.Contains("ความคืบหน้า 33%", overview[^1].Text);

        var id = StaffSetup.ActivityId(bot, "1.1");
        Assert.Equal("done|100|จัดอบรมแล้ว 2 ครั้ง ผู้เข้าร่วม 40 คน", bot.Scalar(
            "SELECT Status || '|' || Progress || '|' || Result FROM MeasureActivities WHERE Id = $id AND UpdatedBy IS NOT NULL", ("$id", id)));
        Assert.Equal(1, bot.Count("SELECT COUNT(*) FROM AuditEntries WHERE Action = 'activity.updated' AND Subject = $s", ("$s", "activity:" + id)));
        Assert.Equal("https://example.go.th/ita/o42", bot.Scalar("SELECT Url FROM ActivityEvidence WHERE Kind = 'link' AND ActivityId = $id", ("$id", id)));
        await WaitForAsync(() => bot.Count("SELECT COUNT(*) FROM ActivityEvidence WHERE Kind = 'image' AND Status = 'stored' AND FilePath IS NOT NULL") == 1);
    }

    [Fact]
    public async Task An_admin_sees_every_unit_and_a_second_page_is_offered_only_when_there_is_one()
    {
        await using var bot = await TestBot.StartAsync();
        await StaffSetup.ImportPlanAsync(bot);
        var admin = await StaffSetup.EnrollAsync(bot, "admin", "สำนักปลัด");

        var list = await bot.SayAsync(admin, "งานของฉัน", answers: 2);

        Assert.Contains("ทุกหน่วยงาน", list[0].Text);
        Assert.Contains("3 รายการ", list[0].Text);
        Assert.Contains("ขั้นตอน 1.2", list[1].Text);
        Assert.Empty(list[1].QuickReplyLabels);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "the evidence photo was not downloaded within 15 s");
            await Task.Delay(200);
        }
    }
}
