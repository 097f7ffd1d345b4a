using System.Diagnostics;
using ItaBot.Complaints;
using Microsoft.Extensions.DependencyInjection;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Cases;

public sealed class CaseWorkflowTests
{
    private const string Who = "นายสมชาย เจ้าหน้าที่กองช่าง";
    private const string What = "เรียกเงินสามพันบาทเพื่อเร่งออกใบอนุญาตก่อสร้าง";

    [Fact]
    public async Task An_officer_is_pushed_a_new_anonymous_case_without_its_text_and_moves_it_to_closed_while_the_code_shows_each_stage()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var officer = await StaffChat.EnrollAsync(bot, "officer", "งานนิติการ");
        var citizen = bot.Line.AddUser("ผู้ร้อง");
        var before = bot.Line.MessagesTo(officer).Count;

        var sent = Stopwatch.StartNew();
        var code = await StaffChat.ComplainAsync(bot, citizen, Who, What);
        var alert = await StaffChat.NextPushAsync(bot, officer, before);

        Assert.True(sent.Elapsed < TimeSpan.FromSeconds(15));
        Assert.Equal("push", alert.Via);
        Assert.Contains("มีเรื่องร้องเรียนใหม่", alert.Text);
        Assert.DoesNotContain("สามพันบาท", alert.Text);
        Assert.DoesNotContain("สมชาย", alert.Text);
        Assert.Contains("ได้รับเรื่องแล้ว", await StaffChat.TrackAsync(bot, citizen, code));

        var opened = await bot.TapAsync(officer, "ดูเรื่อง");
        Assert.Contains(What, opened[0].Text);
        Assert.Equal(["เริ่มพิจารณา", "ข้อความถึงผู้ร้อง", "รายการเรื่อง"], opened[0].Buttons.Select(b => b.Label));

        await StaffChat.MoveAsync(bot, officer, "ดูเรื่อง", "เริ่มพิจารณา", "รับไว้พิจารณา ข้อเท็จจริงเพียงพอ");
        Assert.Contains("กำลังพิจารณาเบื้องต้น", await StaffChat.TrackAsync(bot, citizen, code));

        await StaffChat.MoveAsync(bot, officer, "เปิดดู", "ตั้งกรรมการสอบสวน", "ปลัดสั่งตั้งกรรมการ คำสั่งที่ 12/2569", null);
        Assert.Contains("อยู่ระหว่างการสอบสวนข้อเท็จจริง", await StaffChat.TrackAsync(bot, citizen, code));

        await StaffChat.MoveAsync(bot, officer, "เปิดดู", "สอบสวนเสร็จแล้ว", "กรรมการสรุปผลแล้ว");
        Assert.Contains("สอบสวนเสร็จแล้ว รอแจ้งผล", await StaffChat.TrackAsync(bot, citizen, code));

        await StaffChat.MoveAsync(bot, officer, "เปิดดู", "แจ้งผลผู้ร้องแล้ว", "แจ้งผลทางรหัสรับเรื่อง", "ลงโทษทางวินัยผู้ถูกร้องแล้ว");
        Assert.Contains("แจ้งผลการดำเนินการแล้ว", await StaffChat.TrackAsync(bot, citizen, code));

        var closed = await StaffChat.MoveAsync(bot, officer, "เปิดดู", "ปิดเรื่อง", "ปิดเรื่องตามระเบียบ");
        Assert.Contains("ปิดเรื่อง", closed);
        Assert.Contains("ปิดเรื่องแล้ว", await StaffChat.TrackAsync(bot, citizen, code));

        var moves = await StaffChat.AuditAsync(bot, "complaint.stage");
        Assert.Equal(["received->review", "review->investigating", "investigating->concluded", "concluded->notified", "notified->closed"],
            moves.Select(m => m.Detail));
        Assert.Equal(5, await StaffChat.ReadAsync(bot, db => Task.FromResult(db.ComplaintHistory.Count(h => h.Note != null))));
    }

    [Fact]
    public async Task A_public_note_is_shown_to_whoever_tracks_the_case_by_its_code()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var officer = await StaffChat.EnrollAsync(bot, "officer", "งานนิติการ");
        var citizen = bot.Line.AddUser();
        var before = bot.Line.MessagesTo(officer).Count;
        var code = await StaffChat.ComplainAsync(bot, citizen, Who, What);
        await StaffChat.NextPushAsync(bot, officer, before);

        await bot.TapAsync(officer, "ดูเรื่อง");
        await bot.TapAsync(officer, "ข้อความถึงผู้ร้อง");
        var saved = await bot.SayAsync(officer, "ขอเอกสารเพิ่มเติมที่สำนักงานในวันทำการ");

        Assert.Contains("บันทึกข้อความถึงผู้ร้อง", saved[^1].Text);
        Assert.Contains("ขอเอกสารเพิ่มเติมที่สำนักงานในวันทำการ", await StaffChat.TrackAsync(bot, citizen, code));
    }

    [Fact]
    public async Task Forwarding_asks_for_the_agency_and_the_case_records_it()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var officer = await StaffChat.EnrollAsync(bot, "officer", "งานนิติการ");
        var citizen = bot.Line.AddUser();
        var before = bot.Line.MessagesTo(officer).Count;
        await StaffChat.ComplainAsync(bot, citizen, Who, What);
        await StaffChat.NextPushAsync(bot, officer, before);
        await StaffChat.MoveAsync(bot, officer, "ดูเรื่อง", "เริ่มพิจารณา", "รับไว้พิจารณา");
        await bot.TapAsync(officer, "เปิดดู");

        var asked = await bot.TapAsync(officer, "ส่งหน่วยงานอื่น");
        await bot.SayAsync(officer, "สำนักงาน ป.ป.ช. ประจำจังหวัด");
        await bot.SayAsync(officer, "อยู่ในอำนาจของ ป.ป.ช.");
        await bot.TapAsync(officer, "ข้าม");

        Assert.Contains("หน่วยงานใด", asked[^1].Text);
        var forwarded = await StaffChat.ReadAsync(bot, db => Task.FromResult(db.Complaints.Single()));
        Assert.Equal("forwarded", forwarded.Stage);
        Assert.Equal("forwarded", forwarded.Decision);
        Assert.Null(forwarded.ForwardedTo);
        Assert.Equal("สำนักงาน ป.ป.ช. ประจำจังหวัด", bot.Services.GetRequiredService<ForwardingAgency>().Read(forwarded));
        Assert.NotNull(forwarded.DecidedAt);
    }
}
