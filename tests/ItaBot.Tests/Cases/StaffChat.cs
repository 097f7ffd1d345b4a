using ItaBot.Storage;
using ItaBot.Storage.Entities;
using ItaBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.Cases;

/// <summary>Steps that several case and feedback tests take through the LINE stand-in, as a person would.</summary>
internal static class StaffChat
{
    /// <summary>The bot with its alert scheduler off, so no deadline alert lands in the middle of a conversation.</summary>
    public static Task<TestBot> StartBotAsync(TimeProvider? time = null) =>
        TestBot.StartAsync(s => s["Alerts:Scheduler:Enabled"] = "false", time: time);

    /// <summary>An admin runs `invite`; the person sends ลงทะเบียน with the code from its last line.</summary>
    public static async Task<string> EnrollAsync(TestBot bot, string role, string unit)
    {
        var (exit, output, _) = await bot.CliAsync("invite", "--role", role, "--unit", unit);
        Assert.Equal(0, exit);
        var code = output.Trim().Split('\n')[^1].Trim();
        var user = bot.Line.AddUser(role + " " + unit);
        var answers = await bot.SayAsync(user, "ลงทะเบียน " + code, answers: 2);
        Assert.Contains("ลงทะเบียนเจ้าหน้าที่เรียบร้อย", answers[0].Text);
        return user;
    }

    /// <summary>Drives the complaint flow through its buttons; returns the receipt code.</summary>
    public static async Task<string> ComplainAsync(TestBot bot, string citizen, string who, string what, (string Name, string Phone)? named = null)
    {
        await bot.SayAsync(citizen, "สวัสดี");
        await bot.TapAsync(citizen, "ร้องเรียนการทุจริต");
        await bot.TapAsync(citizen, "รับทราบ");
        if (named is { } person)
        {
            await bot.TapAsync(citizen, "แจ้งชื่อ (เก็บเป็นความลับ)");
            await bot.SayAsync(citizen, person.Name);
            await bot.SayAsync(citizen, person.Phone);
        }
        else await bot.TapAsync(citizen, "ไม่ประสงค์ออกนาม");
        await bot.SayAsync(citizen, who);
        await bot.SayAsync(citizen, what);
        await bot.TapAsync(citizen, "ไม่แน่ใจ");
        await bot.TapAsync(citizen, "ข้าม");
        await bot.TapAsync(citizen, "ข้าม");
        var receipt = await bot.TapAsync(citizen, "ยืนยันส่งเรื่อง", answers: 2);
        Assert.Contains("รับเรื่องร้องเรียนแล้ว", receipt[0].Text);
        return receipt[1].Text!.Trim();
    }

    /// <summary>ติดตามเรื่อง → กรอกรหัสรับเรื่อง → the code; returns what the citizen is shown.</summary>
    public static async Task<string> TrackAsync(TestBot bot, string citizen, string code)
    {
        await bot.TapAsync(citizen, "ติดตามเรื่อง");
        await bot.TapAsync(citizen, "กรอกรหัสรับเรื่อง");
        var found = await bot.SayAsync(citizen, code);
        return found[^1].Text ?? "";
    }

    /// <summary>
    /// Taps <paramref name="open"/> to show the case, then the stage button, and answers what the note flow asks in
    /// order (null taps ข้าม). Returns the bot's last reply, which says the move was saved.
    /// </summary>
    public static async Task<string> MoveAsync(TestBot bot, string officer, string open, string button, params string?[] answers)
    {
        await bot.TapAsync(officer, open);
        var last = await bot.TapAsync(officer, button);
        foreach (var answer in answers)
            last = answer is null ? await bot.TapAsync(officer, "ข้าม") : await bot.SayAsync(officer, answer);
        var text = last[^1].Text ?? "";
        Assert.True(text.Contains("บันทึกแล้ว") || text.Contains("เรียบร้อยแล้ว"), "the move was not saved: " + text);
        return text;
    }

    /// <summary>Waits for the next push to a person (e.g. an alert) and returns it.</summary>
    public static async Task<ItaBot.LineEmulator.DeliveredMessage> NextPushAsync(TestBot bot, string user, int before)
    {
        var all = await bot.Line.WaitForMessagesAsync(user, before + 1, TimeSpan.FromSeconds(15));
        return all[before];
    }

    public static async Task<List<AuditEntry>> AuditAsync(TestBot bot, string action)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        return await db.AuditEntries.AsNoTracking().Where(a => a.Action == action).OrderBy(a => a.Id).ToListAsync();
    }

    public static async Task<T> ReadAsync<T>(TestBot bot, Func<ItaBotDb, Task<T>> read)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ItaBotDb>());
    }
}
