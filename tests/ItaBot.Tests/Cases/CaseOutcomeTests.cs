using ItaBot.Complaints;
using ItaBot.LineEmulator;
using ItaBot.Storage.Entities;
using ItaBot.Tests.EndToEnd;
using ItaBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.Cases;

/// <summary>What a complainant is shown of the outcome, through the receipt code, เรื่องของฉัน and the stage pushes.</summary>
public sealed class CaseOutcomeTests
{
    private const string Who = "นายสมชาย เจ้าหน้าที่กองช่าง";
    private const string What = "เรียกเงินสามพันบาทเพื่อเร่งออกใบอนุญาตก่อสร้าง";
    private const string Agency = "สำนักงาน ป.ป.ช. ประจำจังหวัดนครราชสีมา";
    private const string InternalNote = "พยานสองคนยืนยัน ผู้ถูกร้องเป็นผู้บริหาร";
    private const string Result = "ผู้บริหารมีคำสั่งยุติเรื่อง เนื่องจากไม่พบข้อเท็จจริงตามที่ร้องเรียน";
    private const string InvestigationNote = "หน่วยงานได้ตั้งคณะกรรมการตรวจสอบข้อเท็จจริงแล้ว";

    [Fact]
    public async Task An_anonymous_complainant_tracking_by_code_sees_the_decision_and_the_agency_after_a_forward()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var (officer, citizen, code) = await FileAsync(bot);
        await StaffChat.MoveAsync(bot, officer, "ดูเรื่อง", "เริ่มพิจารณา", "รับไว้พิจารณา");

        await StaffChat.MoveAsync(bot, officer, "เปิดดู", "ส่งหน่วยงานอื่น", Agency, InternalNote, null);

        var shown = await StaffChat.TrackAsync(bot, citizen, code);
        Assert.Contains("สถานะ: ส่งเรื่องให้หน่วยงานที่เกี่ยวข้องแล้ว", shown);
        Assert.Contains("ผลการพิจารณา: ส่งเรื่องให้ " + Agency, shown);
        Assert.DoesNotContain(InternalNote, shown);
        Assert.DoesNotContain("รับไว้พิจารณา", shown);
    }

    [Fact]
    public async Task An_anonymous_complainant_tracking_by_code_sees_the_dismissal_and_the_result_once_notified_and_after_closing()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var (officer, citizen, code) = await FileAsync(bot);
        await StaffChat.MoveAsync(bot, officer, "ดูเรื่อง", "เริ่มพิจารณา", "รับไว้พิจารณา");
        await StaffChat.MoveAsync(bot, officer, "เปิดดู", "ยุติเรื่อง", InternalNote, null);

        await StaffChat.MoveAsync(bot, officer, "เปิดดู", "แจ้งผลผู้ร้องแล้ว", "แจ้งผลทางรหัสรับเรื่อง", Result);
        var notified = await StaffChat.TrackAsync(bot, citizen, code);
        await StaffChat.MoveAsync(bot, officer, "เปิดดู", "ปิดเรื่อง", "ปิดเรื่องตามระเบียบ");
        var closed = await StaffChat.TrackAsync(bot, citizen, code);

        Assert.Contains("สถานะ: แจ้งผลการดำเนินการแล้ว", notified);
        Assert.Contains("สถานะ: ปิดเรื่องแล้ว", closed);
        foreach (var shown in new[] { notified, closed })
        {
            Assert.Contains("ผลการพิจารณา: ยุติเรื่อง", shown);
            Assert.Contains("ผลการดำเนินการ: " + Result, shown);
            Assert.DoesNotContain(InternalNote, shown);
            Assert.DoesNotContain("แจ้งผลทางรหัสรับเรื่อง", shown);
            Assert.DoesNotContain("ปิดเรื่องตามระเบียบ", shown);
        }
    }

    [Fact]
    public async Task An_identified_complainant_sees_the_decision_in_my_cases_and_in_the_push_but_no_internal_note_or_their_name()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var (officer, citizen, _) = await FileAsync(bot, ("สมศรี ใจดี", "0812345678"));
        await PushedByAsync(bot, citizen, () => StaffChat.MoveAsync(bot, officer, "ดูเรื่อง", "เริ่มพิจารณา", "รับไว้พิจารณา"));

        var push = await PushedByAsync(bot, citizen,
            () => StaffChat.MoveAsync(bot, officer, "เปิดดู", "ตั้งกรรมการสอบสวน", InternalNote, InvestigationNote));

        await bot.TapAsync(citizen, "ติดตามเรื่อง");
        var mine = AllText(await bot.TapAsync(citizen, "เรื่องของฉัน"));
        foreach (var shown in new[] { push, mine })
        {
            Assert.Contains("อยู่ระหว่างการสอบสวนข้อเท็จจริง", shown);
            Assert.Contains("ผลการพิจารณา: ตั้งคณะกรรมการสอบสวนข้อเท็จจริง", shown);
            Assert.Contains("ข้อความจากเจ้าหน้าที่: " + InvestigationNote, shown);
            Assert.DoesNotContain(InternalNote, shown);
            Assert.DoesNotContain("สมศรี", shown);
            Assert.DoesNotContain("0812345678", shown);
        }
    }

    [Fact]
    public async Task A_public_note_written_at_an_earlier_stage_is_not_shown_by_code_once_the_case_moves_on()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var (officer, citizen, code) = await FileAsync(bot);
        await bot.TapAsync(officer, "ดูเรื่อง");
        await bot.TapAsync(officer, "ข้อความถึงผู้ร้อง");
        await bot.SayAsync(officer, "ขอเอกสารเพิ่มเติมที่สำนักงานในวันทำการ");
        var received = await StaffChat.TrackAsync(bot, citizen, code);

        await StaffChat.MoveAsync(bot, officer, "เปิดดู", "เริ่มพิจารณา", "รับไว้พิจารณา");
        var inReview = await StaffChat.TrackAsync(bot, citizen, code);
        await StaffChat.MoveAsync(bot, officer, "เปิดดู", "ตั้งกรรมการสอบสวน", InternalNote, InvestigationNote);
        var investigating = await StaffChat.TrackAsync(bot, citizen, code);
        await StaffChat.MoveAsync(bot, officer, "เปิดดู", "สอบสวนเสร็จแล้ว", "กรรมการสรุปผลแล้ว");
        var concluded = await StaffChat.TrackAsync(bot, citizen, code);

        Assert.Contains("ขอเอกสารเพิ่มเติม", received);
        Assert.DoesNotContain("ขอเอกสารเพิ่มเติม", inReview);
        Assert.DoesNotContain("ข้อความจากเจ้าหน้าที่", inReview);
        Assert.Contains(InvestigationNote, investigating);
        Assert.DoesNotContain(InvestigationNote, concluded);
        Assert.Contains("ผลการพิจารณา: ตั้งคณะกรรมการสอบสวนข้อเท็จจริง", concluded);
    }

    [Fact]
    public async Task The_push_at_closing_carries_the_result_and_not_the_note_of_the_investigation()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var (officer, citizen, _) = await FileAsync(bot, ("สมศรี ใจดี", "0812345678"));
        await PushedByAsync(bot, citizen, () => StaffChat.MoveAsync(bot, officer, "ดูเรื่อง", "เริ่มพิจารณา", "รับไว้พิจารณา"));
        await PushedByAsync(bot, citizen,
            () => StaffChat.MoveAsync(bot, officer, "เปิดดู", "ตั้งกรรมการสอบสวน", InternalNote, InvestigationNote));
        await PushedByAsync(bot, citizen, () => StaffChat.MoveAsync(bot, officer, "เปิดดู", "สอบสวนเสร็จแล้ว", "กรรมการสรุปผลแล้ว"));
        var notified = await PushedByAsync(bot, citizen,
            () => StaffChat.MoveAsync(bot, officer, "เปิดดู", "แจ้งผลผู้ร้องแล้ว", "แจ้งผลทางรหัสรับเรื่อง", Result));

        var push = await PushedByAsync(bot, citizen, () => StaffChat.MoveAsync(bot, officer, "เปิดดู", "ปิดเรื่อง", "ปิดเรื่องตามระเบียบ"));

        Assert.Contains("ผลการดำเนินการ: " + Result, notified);
        Assert.Contains("ปิดเรื่องแล้ว", push);
        Assert.Contains("ผลการพิจารณา: ตั้งคณะกรรมการสอบสวนข้อเท็จจริง", push);
        Assert.Contains("ผลการดำเนินการ: " + Result, push);
        Assert.DoesNotContain(InvestigationNote, push);
        Assert.DoesNotContain(InternalNote, push);
    }

    // Wednesday 4 Nov 2026, 09:00 in Bangkok; no holiday that month, so 15 working days end on Wednesday 25 Nov.
    private static readonly DateTimeOffset Filed = ManualClock.Bangkok(2026, 11, 4, 9);
    private const string Expected = "ตรวจสอบเบื้องต้นภายใน 5 พฤศจิกายน 2569 และแจ้งผลภายใน 25 พฤศจิกายน 2569 ค่ะ";

    [Fact]
    public async Task Tracking_by_code_shows_the_expected_dates_until_the_result_is_told_and_then_only_when_it_was_told_and_closed()
    {
        var clock = new ManualClock(Filed);
        await using var bot = await StaffChat.StartBotAsync(clock);
        var (officer, citizen, code) = await FileAsync(bot);
        var received = await StaffChat.TrackAsync(bot, citizen, code);
        await StaffChat.MoveAsync(bot, officer, "ดูเรื่อง", "เริ่มพิจารณา", "รับไว้พิจารณา");
        clock.Set(ManualClock.Bangkok(2026, 11, 5, 10));
        await StaffChat.MoveAsync(bot, officer, "เปิดดู", "ยุติเรื่อง", InternalNote, null);
        var dismissed = await StaffChat.TrackAsync(bot, citizen, code);

        clock.Set(ManualClock.Bangkok(2026, 11, 12, 14));
        await StaffChat.MoveAsync(bot, officer, "เปิดดู", "แจ้งผลผู้ร้องแล้ว", "แจ้งผลทางรหัสรับเรื่อง", Result);
        var notified = await StaffChat.TrackAsync(bot, citizen, code);
        clock.Set(ManualClock.Bangkok(2026, 11, 16, 11));
        await StaffChat.MoveAsync(bot, officer, "เปิดดู", "ปิดเรื่อง", "ปิดเรื่องตามระเบียบ");
        var closed = await StaffChat.TrackAsync(bot, citizen, code);

        Assert.Contains(Expected, received);
        Assert.Contains("แจ้งผลภายใน 25 พฤศจิกายน 2569 ค่ะ", dismissed);
        Assert.DoesNotContain("ตรวจสอบเบื้องต้นภายใน", dismissed);
        Assert.Contains("แจ้งผลแล้วเมื่อ 12 พฤศจิกายน 2569 ค่ะ", notified);
        Assert.DoesNotContain("ปิดเรื่องแล้วเมื่อ", notified);
        Assert.Contains("แจ้งผลแล้วเมื่อ 12 พฤศจิกายน 2569 ค่ะ", closed);
        Assert.Contains("ปิดเรื่องแล้วเมื่อ 16 พฤศจิกายน 2569 ค่ะ", closed);
        foreach (var shown in new[] { notified, closed })
        {
            Assert.DoesNotContain("ภายใน", shown);
            Assert.DoesNotContain("25 พฤศจิกายน", shown);
        }
    }

    [Fact]
    public async Task An_identified_complainant_is_told_the_expected_dates_before_the_result_and_the_dates_it_happened_after()
    {
        var clock = new ManualClock(Filed);
        await using var bot = await StaffChat.StartBotAsync(clock);
        var (officer, citizen, _) = await FileAsync(bot, ("สมศรี ใจดี", "0812345678"));
        var inReview = await PushedByAsync(bot, citizen, () => StaffChat.MoveAsync(bot, officer, "ดูเรื่อง", "เริ่มพิจารณา", "รับไว้พิจารณา"));
        await bot.TapAsync(citizen, "ติดตามเรื่อง");
        var mineBefore = AllText(await bot.TapAsync(citizen, "เรื่องของฉัน"));
        clock.Set(ManualClock.Bangkok(2026, 11, 5, 10));
        await PushedByAsync(bot, citizen, () => StaffChat.MoveAsync(bot, officer, "เปิดดู", "ยุติเรื่อง", InternalNote, null));

        clock.Set(ManualClock.Bangkok(2026, 11, 12, 14));
        var notified = await PushedByAsync(bot, citizen,
            () => StaffChat.MoveAsync(bot, officer, "เปิดดู", "แจ้งผลผู้ร้องแล้ว", "แจ้งผลทางรหัสรับเรื่อง", Result));
        await bot.TapAsync(citizen, "ติดตามเรื่อง");
        var mineAfter = AllText(await bot.TapAsync(citizen, "เรื่องของฉัน"));
        clock.Set(ManualClock.Bangkok(2026, 11, 16, 11));
        var closed = await PushedByAsync(bot, citizen, () => StaffChat.MoveAsync(bot, officer, "เปิดดู", "ปิดเรื่อง", "ปิดเรื่องตามระเบียบ"));

        Assert.Contains(Expected, inReview);
        Assert.Contains(Expected, mineBefore);
        Assert.Contains("แจ้งผลแล้วเมื่อ 12 พฤศจิกายน 2569 ค่ะ", notified);
        Assert.Contains("แจ้งผลแล้วเมื่อ 12 พฤศจิกายน 2569 ค่ะ", mineAfter);
        Assert.Contains("ปิดเรื่องแล้วเมื่อ 16 พฤศจิกายน 2569 ค่ะ", closed);
        foreach (var shown in new[] { notified, mineAfter, closed })
        {
            Assert.DoesNotContain("ภายใน", shown);
            Assert.DoesNotContain("25 พฤศจิกายน", shown);
        }
    }

    [Fact]
    public async Task Every_sentence_a_complainant_tracking_by_code_reads_ends_politely_from_filing_to_closing()
    {
        var clock = new ManualClock(Filed);
        await using var bot = await StaffChat.StartBotAsync(clock);
        var (officer, citizen, code) = await FileAsync(bot);
        var shown = new List<string> { await StaffChat.TrackAsync(bot, citizen, code) };
        clock.Set(ManualClock.Bangkok(2026, 11, 6, 9));
        shown.Add(await StaffChat.TrackAsync(bot, citizen, code));
        await StaffChat.MoveAsync(bot, officer, "ดูเรื่อง", "เริ่มพิจารณา", "รับไว้พิจารณา");
        await StaffChat.MoveAsync(bot, officer, "เปิดดู", "ยุติเรื่อง", InternalNote, null);
        shown.Add(await StaffChat.TrackAsync(bot, citizen, code));
        clock.Set(ManualClock.Bangkok(2026, 11, 26, 9));
        shown.Add(await StaffChat.TrackAsync(bot, citizen, code));
        await StaffChat.MoveAsync(bot, officer, "เปิดดู", "แจ้งผลผู้ร้องแล้ว", "แจ้งผลทางรหัสรับเรื่อง", Result);
        await StaffChat.MoveAsync(bot, officer, "เปิดดู", "ปิดเรื่อง", "ปิดเรื่องตามระเบียบ");
        shown.Add(await StaffChat.TrackAsync(bot, citizen, code));

        var sentences = shown.SelectMany(text => text.Split('\n')).Where(IsSentence).ToList();
        Assert.All(sentences, line => Assert.EndsWith("ค่ะ", line));
        // Each kind of date line was read: received, review late, decided, result late, told and closed.
        foreach (var start in new[] { "ตรวจสอบเบื้องต้นภายใน", "กำหนดตรวจสอบเบื้องต้นคือ", "แจ้งผลภายใน", "กำหนดแจ้งผลคือ", "แจ้งผลแล้วเมื่อ", "ปิดเรื่องแล้วเมื่อ" })
            Assert.Contains(sentences, line => line.StartsWith(start, StringComparison.Ordinal));
    }

    /// <summary>The case heading ("เรื่อง ทจ-…") and "label: value" lines are a form's fields; the rest are sentences.</summary>
    private static bool IsSentence(string line) => !line.StartsWith("เรื่อง ทจ-", StringComparison.Ordinal) && !line.Contains(": ");

    private const string ReviewLate = "กำหนดตรวจสอบเบื้องต้นคือ 5 พฤศจิกายน 2569 ซึ่งเลยมาแล้ว";
    private const string ResultLate = "กำหนดแจ้งผลคือ 25 พฤศจิกายน 2569 ซึ่งเลยมาแล้ว";

    [Fact]
    public async Task Tracking_by_code_after_a_due_date_says_it_has_passed_and_apologises_instead_of_promising_it()
    {
        var clock = new ManualClock(Filed);
        await using var bot = await StaffChat.StartBotAsync(clock);
        var (_, citizen, code) = await FileAsync(bot);
        var onTime = await StaffChat.TrackAsync(bot, citizen, code);
        clock.Set(ManualClock.Bangkok(2026, 11, 6, 9));
        var reviewLate = await StaffChat.TrackAsync(bot, citizen, code);
        clock.Set(ManualClock.Bangkok(2026, 11, 26, 9));
        var resultLate = await StaffChat.TrackAsync(bot, citizen, code);

        Assert.Contains(Expected, onTime);
        Assert.DoesNotContain("เลยมาแล้ว", onTime);
        Assert.Contains(ReviewLate, reviewLate);
        Assert.Contains("แจ้งผลภายใน 25 พฤศจิกายน 2569", reviewLate);
        Assert.DoesNotContain("ตรวจสอบเบื้องต้นภายใน", reviewLate);
        Assert.Contains(ResultLate, resultLate);
        Assert.Contains("ขออภัย", resultLate);
        Assert.DoesNotContain("ภายใน", resultLate);
    }

    [Fact]
    public async Task In_the_evening_of_the_due_day_the_date_is_still_shown_as_due_and_only_the_next_day_as_passed()
    {
        var clock = new ManualClock(Filed);
        await using var bot = await StaffChat.StartBotAsync(clock);
        var (_, citizen, code) = await FileAsync(bot);
        clock.Set(ManualClock.Bangkok(2026, 11, 5, 20));
        var evening = await StaffChat.TrackAsync(bot, citizen, code);
        clock.Set(ManualClock.Bangkok(2026, 11, 6, 0, 1));
        var nextDay = await StaffChat.TrackAsync(bot, citizen, code);

        Assert.Contains(Expected, evening);
        Assert.DoesNotContain("เลยมาแล้ว", evening);
        Assert.Contains(ReviewLate, nextDay);
    }

    [Fact]
    public async Task An_identified_complainant_past_the_result_date_is_told_it_passed_in_my_cases_and_in_the_push()
    {
        var clock = new ManualClock(Filed);
        await using var bot = await StaffChat.StartBotAsync(clock);
        var (officer, citizen, _) = await FileAsync(bot, ("สมศรี ใจดี", "0812345678"));
        var inReview = await PushedByAsync(bot, citizen, () => StaffChat.MoveAsync(bot, officer, "ดูเรื่อง", "เริ่มพิจารณา", "รับไว้พิจารณา"));

        clock.Set(ManualClock.Bangkok(2026, 11, 26, 9));
        await bot.TapAsync(citizen, "ติดตามเรื่อง");
        var mine = AllText(await bot.TapAsync(citizen, "เรื่องของฉัน"));
        var dismissed = await PushedByAsync(bot, citizen, () => StaffChat.MoveAsync(bot, officer, "เปิดดู", "ยุติเรื่อง", InternalNote, null));

        Assert.Contains(Expected, inReview);
        foreach (var shown in new[] { mine, dismissed })
        {
            Assert.Contains(ResultLate, shown);
            Assert.DoesNotContain("ภายใน", shown);
        }
    }

    [Fact]
    public async Task Telling_the_result_is_not_saved_without_a_result_for_the_complainant()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var (officer, citizen, code) = await FileAsync(bot);
        await StaffChat.MoveAsync(bot, officer, "ดูเรื่อง", "เริ่มพิจารณา", "รับไว้พิจารณา");
        await StaffChat.MoveAsync(bot, officer, "เปิดดู", "ยุติเรื่อง", InternalNote, null);
        await bot.TapAsync(officer, "เปิดดู");
        await bot.TapAsync(officer, "แจ้งผลผู้ร้องแล้ว");

        var asked = await bot.SayAsync(officer, "แจ้งผลทางรหัสรับเรื่อง");
        await bot.TapAsync(officer, "ยกเลิก");

        Assert.Contains("ผลการดำเนินการที่แจ้งผู้ร้อง", asked[^1].Text);
        Assert.DoesNotContain("ข้าม", asked[^1].Buttons.Select(b => b.Label));
        Assert.Contains("สถานะ: พิจารณาแล้ว ยุติเรื่อง", await StaffChat.TrackAsync(bot, citizen, code));
    }

    [Fact]
    public async Task My_cases_with_ten_long_outcomes_arrive_as_several_texts_that_LINE_accepts()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var (_, citizen, _) = await FileAsync(bot, ("สมศรี ใจดี", "0812345678"));
        await StaffChat.ReadAsync(bot, async db =>
        {
            var first = await db.Complaints.SingleAsync();
            var agencies = bot.Services.GetRequiredService<ForwardingAgency>();
            var notes = bot.Services.GetRequiredService<ComplainantNotes>();
            for (var n = 0; n < 10; n++)
            {
                var c = n == 0 ? first : Copy(first, n);
                if (n > 0) db.Complaints.Add(c);
                (c.Stage, c.Decision) = (ComplaintStage.Notified, ComplaintStage.Forwarded);
                agencies.Record(c, new string('ก', 200));
                notes.RecordResult(c, new string('ข', 500));
                notes.ReplaceNote(c, new string('ค', 500));
            }
            return await db.SaveChangesAsync();
        });

        await bot.TapAsync(citizen, "ติดตามเรื่อง");
        var before = bot.Line.MessagesTo(citizen).Count;
        await bot.TapAsync(citizen, "เรื่องของฉัน");
        await bot.SettledAsync();

        var pages = bot.Line.MessagesTo(citizen).Skip(before).ToList();
        Assert.InRange(pages.Count, 2, 5);
        Assert.Equal(10, AllText(pages).Split('\n').Count(line => line.StartsWith("• ทจ-", StringComparison.Ordinal)));
        Assert.Contains("ติดตามเรื่อง", pages[^1].Buttons.Select(b => b.Label));
        bot.AssertAllAcceptedByLine(citizen);
    }

    private static Complaint Copy(Complaint c, int n) => new()
    {
        FiscalYear = c.FiscalYear, Sequence = c.Sequence + n, CaseNo = c.CaseNo + "-" + n, ReceiptHash = c.ReceiptHash + n,
        ComplainantHash = c.ComplainantHash, Content = c.Content, ReceivedAt = c.ReceivedAt + n, ReviewDue = c.ReviewDue,
        ResultDue = c.ResultDue, StageDue = c.StageDue, UpdatedAt = c.UpdatedAt,
    };

    /// <summary>The push a move sends to an identified complainant; waiting for it keeps the next one apart.</summary>
    private static async Task<string> PushedByAsync(TestBot bot, string citizen, Func<Task> move)
    {
        var before = bot.Line.MessagesTo(citizen).Count;
        await move();
        return (await StaffChat.NextPushAsync(bot, citizen, before)).Text ?? "";
    }

    private static string AllText(IEnumerable<DeliveredMessage> messages) => string.Join("\n", messages.Select(m => m.Text));

    /// <summary>An officer, and a citizen who has filed a complaint the officer was alerted to; the receipt code.</summary>
    private static async Task<(string Officer, string Citizen, string Code)> FileAsync(TestBot bot, (string, string)? named = null)
    {
        var officer = await StaffChat.EnrollAsync(bot, "officer", "งานนิติการ");
        var citizen = bot.Line.AddUser();
        var before = bot.Line.MessagesTo(officer).Count;
        var code = await StaffChat.ComplainAsync(bot, citizen, Who, What, named);
        await StaffChat.NextPushAsync(bot, officer, before);
        return (officer, citizen, code);
    }
}
