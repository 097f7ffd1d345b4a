using System.Text.RegularExpressions;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Privacy;

/// <summary>A citizen going through the shipped flows by tapping and typing, as in the LINE app.</summary>
public static partial class CitizenScript
{
    public static async Task<string> FileComplaintAsync(TestBot bot, string user, string what, string? name = null, string? phone = null,
        bool withPhoto = false)
    {
        await bot.SayAsync(user, "เมนู");
        await bot.TapAsync(user, "ร้องเรียนการทุจริต");
        await bot.TapAsync(user, "รับทราบ");
        if (name is not null)
        {
            await bot.TapAsync(user, "แจ้งชื่อ (เก็บเป็นความลับ)");
            await bot.SayAsync(user, name);
            await bot.SayAsync(user, phone!);
        }
        else await bot.TapAsync(user, "ไม่ประสงค์ออกนาม");
        await bot.SayAsync(user, "เจ้าหน้าที่กองช่าง");
        await bot.SayAsync(user, what);
        await bot.SayAsync(user, "1/3/2568");
        await bot.TapAsync(user, "ข้าม");
        if (withPhoto)
        {
            var before = bot.Line.MessagesTo(user).Count;
            await bot.Line.SendImageAsync(user);
            await bot.AnswersAfterAsync(user, before);
            await bot.TapAsync(user, "เสร็จแล้ว");
        }
        else await bot.TapAsync(user, "ข้าม");
        var receipt = await bot.TapAsync(user, "ยืนยันส่งเรื่อง");
        return string.Join("\n", receipt.Select(m => m.Text));
    }

    public static async Task GiveFeedbackAsync(TestBot bot, string user, string text, string phone)
    {
        await bot.SayAsync(user, "เมนู");
        await bot.TapAsync(user, "แสดงความคิดเห็น");
        await bot.TapAsync(user, "การให้บริการ");
        await bot.SayAsync(user, text);
        await bot.TapAsync(user, "ข้าม");
        await bot.TapAsync(user, "ข้าม");
        await bot.TapAsync(user, "ต้องการ");
        await bot.SayAsync(user, phone);
    }

    public static string ReceiptCodeIn(string text) => ReceiptPattern().Match(text) is { Success: true } m
        ? m.Value
        : throw new InvalidOperationException("no receipt code in: " + text);

    [GeneratedRegex("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")]
    private static partial Regex ReceiptPattern();
}
