using ItaBot.Tests.Support;
using ItaBot.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.Privacy;

/// <summary>Receipt and enrollment codes are 80-bit secrets; on top of that only five wrong tries an hour are allowed.</summary>
public sealed class GuessingLimitTests
{
    [Fact]
    public async Task After_five_wrong_receipt_codes_in_an_hour_even_the_right_code_is_answered_too_many()
    {
        await using var bot = await TestBot.StartAsync();
        var complainant = bot.Line.AddUser();
        var code = CitizenScript.ReceiptCodeIn(await CitizenScript.FileComplaintAsync(bot, complainant, "เจ้าหน้าที่เรียกเงินค่าต่อใบอนุญาตเพิ่มสองพันบาท"));
        var guesser = bot.Line.AddUser();
        var texts = bot.Services.GetRequiredService<ItaBot.Conversation.Texts>();

        for (var i = 0; i < 5; i++)
            Assert.Contains(texts.Plain("track.not_found"), await TrackAsync(bot, guesser, "ABCD-EFGH-JKLM-NP" + "QRSTU"[i] + "Z"));
        var sixth = await TrackAsync(bot, guesser, code);

        Assert.Contains(texts.Plain("track.too_many"), sixth);
        Assert.DoesNotContain(texts.Plain("track.not_found"), sixth);
    }

    [Fact]
    public async Task The_too_many_tries_answer_says_to_come_back_in_about_an_hour_because_the_lock_is_a_sliding_hour()
    {
        await using var bot = await TestBot.StartAsync();
        var guesser = bot.Line.AddUser();

        for (var i = 0; i < 5; i++)
            await TrackAsync(bot, guesser, "ABCD-EFGH-JKLM-NP" + "QRSTU"[i] + "Z");
        var sixth = await TrackAsync(bot, guesser, "ABCD-EFGH-JKLM-NPVZ");

        Assert.Contains("ประมาณ 1 ชั่วโมง", sixth);
        Assert.DoesNotContain("สักครู่", sixth);
    }

    [Fact]
    public async Task After_five_wrong_enrollment_codes_in_an_hour_even_the_right_code_is_refused_and_nobody_is_enrolled()
    {
        await using var bot = await TestBot.StartAsync();
        var (_, invite, _) = await bot.CliAsync("invite", "--role", "officer", "--unit", "งานนิติการ");
        var code = invite.Trim().Split('\n')[^1].Trim();
        var person = bot.Line.AddUser();
        var texts = bot.Services.GetRequiredService<ItaBot.Conversation.Texts>();
        var refused = texts.Plain("staff.enroll_refused");

        for (var i = 0; i < 5; i++)
            Assert.Contains(refused, Text(await bot.SayAsync(person, "ลงทะเบียน WRONG-CODE-" + i)));
        var sixth = Text(await bot.SayAsync(person, "ลงทะเบียน " + code));

        Assert.Contains(refused, sixth);
        var (_, staff, _) = await bot.CliAsync("staff", "list");
        Assert.DoesNotContain("\tactive\t", staff);
    }

    [Fact]
    public async Task An_enrollment_code_sent_in_a_group_is_cancelled_so_nobody_can_enroll_with_it_afterwards()
    {
        await using var bot = await TestBot.StartAsync();
        var (_, invite, _) = await bot.CliAsync("invite", "--role", "admin", "--unit", "สำนักปลัด");
        var code = invite.Trim().Split('\n')[^1].Trim();
        var member = bot.Line.AddUser();
        var group = "C" + Guid.NewGuid().ToString("N");
        var texts = bot.Services.GetRequiredService<ItaBot.Conversation.Texts>();

        await bot.Line.SendGroupTextAsync(group, member, "ลงทะเบียน " + code);
        var inGroup = await bot.Line.WaitForMessagesAsync(group, 1, TimeSpan.FromSeconds(15));
        var later = Text(await bot.SayAsync(bot.Line.AddUser(), "ลงทะเบียน " + code));

        Assert.Equal(texts.Plain("staff.enroll_in_group"), inGroup[0].Text);
        Assert.Contains(texts.Plain("staff.enroll_refused"), later);
        var (_, staff, _) = await bot.CliAsync("staff", "list");
        Assert.DoesNotContain("\tactive\t", staff);
        Assert.Equal(1, bot.Count("SELECT COUNT(*) FROM AuditEntries WHERE Action = 'staff.code_exposed'"));
    }

    [Fact]
    public async Task A_wrong_code_sent_in_a_group_gets_the_same_answer_as_a_real_one()
    {
        await using var bot = await TestBot.StartAsync();
        var group = "C" + Guid.NewGuid().ToString("N");
        var texts = bot.Services.GetRequiredService<ItaBot.Conversation.Texts>();

        await bot.Line.SendGroupTextAsync(group, bot.Line.AddUser(), "ลงทะเบียน ABCD-EFGH-JKLM");
        var answers = await bot.Line.WaitForMessagesAsync(group, 1, TimeSpan.FromSeconds(15));
        await bot.SettledAsync();

        Assert.Equal(texts.Plain("staff.enroll_in_group"), answers[0].Text);
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM AuditEntries WHERE Action = 'staff.code_exposed'"));
    }

    private static async Task<string> TrackAsync(TestBot bot, string user, string code)
    {
        await bot.SayAsync(user, "เมนู");
        await bot.TapAsync(user, "ติดตามเรื่อง");
        await bot.TapAsync(user, "กรอกรหัสรับเรื่อง");
        return Text(await bot.SayAsync(user, code));
    }

    private static string Text(IReadOnlyList<ItaBot.LineEmulator.DeliveredMessage> messages) => string.Join("\n", messages.Select(m => m.Text));
}
