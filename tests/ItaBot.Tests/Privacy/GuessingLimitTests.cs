using ItaBot.Tests.Support;
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

    private static async Task<string> TrackAsync(TestBot bot, string user, string code)
    {
        await bot.SayAsync(user, "เมนู");
        await bot.TapAsync(user, "ติดตามเรื่อง");
        await bot.TapAsync(user, "กรอกรหัสรับเรื่อง");
        return Text(await bot.SayAsync(user, code));
    }

    private static string Text(IReadOnlyList<ItaBot.LineEmulator.DeliveredMessage> messages) => string.Join("\n", messages.Select(m => m.Text));
}
