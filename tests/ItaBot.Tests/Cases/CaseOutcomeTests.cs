using ItaBot.Tests.Support;

namespace ItaBot.Tests.Cases;

/// <summary>What a complainant is shown of the outcome, through the receipt code, เรื่องของฉัน and the stage pushes.</summary>
public sealed class CaseOutcomeTests
{
    private const string Who = "นายสมชาย เจ้าหน้าที่กองช่าง";
    private const string What = "เรียกเงินสามพันบาทเพื่อเร่งออกใบอนุญาตก่อสร้าง";
    private const string Agency = "สำนักงาน ป.ป.ช. ประจำจังหวัดนครราชสีมา";
    private const string InternalNote = "พยานสองคนยืนยัน ผู้ถูกร้องเป็นผู้บริหาร";

    [Fact]
    public async Task An_anonymous_complainant_tracking_by_code_sees_the_decision_and_the_agency_after_a_forward()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var (officer, citizen, code) = await FileAsync(bot);
        await MoveAsync(bot, officer, "ดูเรื่อง", "เริ่มพิจารณา", "รับไว้พิจารณา");

        await MoveAsync(bot, officer, "เปิดดู", "ส่งหน่วยงานอื่น", Agency, InternalNote);

        var shown = await StaffChat.TrackAsync(bot, citizen, code);
        Assert.Contains("สถานะ: ส่งเรื่องให้หน่วยงานที่เกี่ยวข้องแล้ว", shown);
        Assert.Contains("ผลการพิจารณา: ส่งเรื่องให้ " + Agency, shown);
        Assert.DoesNotContain(InternalNote, shown);
        Assert.DoesNotContain("รับไว้พิจารณา", shown);
    }

    [Fact]
    public async Task An_anonymous_complainant_tracking_by_code_sees_the_dismissal_once_the_result_is_notified()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var (officer, citizen, code) = await FileAsync(bot);
        await MoveAsync(bot, officer, "ดูเรื่อง", "เริ่มพิจารณา", "รับไว้พิจารณา");
        await MoveAsync(bot, officer, "เปิดดู", "ยุติเรื่อง", InternalNote);

        await MoveAsync(bot, officer, "เปิดดู", "แจ้งผลผู้ร้องแล้ว", "แจ้งผลทางรหัสรับเรื่อง");

        var shown = await StaffChat.TrackAsync(bot, citizen, code);
        Assert.Contains("สถานะ: แจ้งผลการดำเนินการแล้ว", shown);
        Assert.Contains("ผลการพิจารณา: ยุติเรื่อง", shown);
        Assert.DoesNotContain(InternalNote, shown);
        Assert.DoesNotContain("แจ้งผลทางรหัสรับเรื่อง", shown);
    }

    [Fact]
    public async Task An_identified_complainant_sees_the_decision_in_my_cases_and_in_the_push_but_no_internal_note_or_their_name()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var (officer, citizen, _) = await FileAsync(bot, ("สมศรี ใจดี", "0812345678"));
        await MoveAsync(bot, officer, "ดูเรื่อง", "เริ่มพิจารณา", "รับไว้พิจารณา");
        var before = bot.Line.MessagesTo(citizen).Count;

        await MoveAsync(bot, officer, "เปิดดู", "ตั้งกรรมการสอบสวน", InternalNote);

        var push = (await StaffChat.NextPushAsync(bot, citizen, before)).Text ?? "";
        await bot.TapAsync(citizen, "ติดตามเรื่อง");
        var mine = Citizen(await bot.TapAsync(citizen, "เรื่องของฉัน"));
        foreach (var shown in new[] { push, mine })
        {
            Assert.Contains("อยู่ระหว่างการสอบสวนข้อเท็จจริง", shown);
            Assert.Contains("ผลการพิจารณา: ตั้งคณะกรรมการสอบสวนข้อเท็จจริง", shown);
            Assert.DoesNotContain(InternalNote, shown);
            Assert.DoesNotContain("สมศรี", shown);
            Assert.DoesNotContain("0812345678", shown);
        }
    }

    private static string Citizen(IEnumerable<ItaBot.LineEmulator.DeliveredMessage> messages) =>
        string.Join("\n", messages.Select(m => m.Text));

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

    /// <summary>Opens the case, taps the stage button and types each answer the note flow asks for.</summary>
    private static async Task MoveAsync(TestBot bot, string officer, string open, string button, params string[] answers)
    {
        await bot.TapAsync(officer, open);
        await bot.TapAsync(officer, button);
        IReadOnlyList<ItaBot.LineEmulator.DeliveredMessage> last = [];
        foreach (var answer in answers) last = await bot.SayAsync(officer, answer);
        Assert.Contains("ทจ-", last[^1].Text);
    }
}
