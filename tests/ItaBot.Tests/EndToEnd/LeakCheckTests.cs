using System.Text;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.EndToEnd;

/// <summary>Issue 3 "Done when": a planted complaint sentence and complainant name are found in no file at rest.</summary>
public sealed class LeakCheckTests
{
    private const string PlantedName = "ประภาพรรณ รั่วไหลไม่ได้";
    private const string PlantedSentence = "นายกเทศมนตรีรับเงินสองแสนบาทจากผู้รับเหมาถนนสายบ้านหนองบัวเลขสิบเจ็ด";
    private const string PlantedPhone = "0897654321";

    [Fact]
    public async Task A_planted_name_and_sentence_appear_neither_in_the_database_files_nor_in_the_logs()
    {
        await using var bot = await TestBot.StartAsync();
        var citizen = await Citizen.AddAsync(bot);
        await citizen.TapAsync("ร้องเรียนการทุจริต");
        await citizen.TapAsync("รับทราบ");
        await citizen.TapAsync("แจ้งชื่อ (เก็บเป็นความลับ)");
        await citizen.SayAsync(PlantedName);
        await citizen.SayAsync(PlantedPhone);
        await citizen.SayAsync("นายกเทศมนตรี");
        await citizen.SayAsync(PlantedSentence);
        await citizen.TapAsync("ไม่แน่ใจ");
        await citizen.TapAsync("ข้าม");
        var summary = await citizen.TapAsync("ข้าม");
        Assert.Contains(PlantedSentence, summary[^1].Text);
        var receipt = await citizen.TapAsync("ยืนยันส่งเรื่อง");
        var caseNo = Citizen.CaseNumberIn(receipt);
        await bot.SettledAsync();
        // Disposing flushes the buffered log file, so every line the bot wrote is scanned.
        await bot.Host.DisposeAsync();

        var logs = LogFiles(bot).Select(f => (Path: f, Bytes: DatabaseFiles.ReadWhileOpen(f))).ToList();
        Assert.NotEmpty(logs);
        Assert.Contains(logs, f => f.Bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(caseNo)) >= 0 || Encoding.UTF8.GetString(f.Bytes).Contains("Webhook stored"));
        foreach (var (file, bytes) in DatabaseFiles.Read(bot.DatabasePath).Concat(logs))
        {
            foreach (var planted in new[] { PlantedName, PlantedSentence, PlantedPhone, "ประภาพรรณ", citizen.UserId })
            {
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(planted)) < 0, $"'{planted}' found in {file}");
                Assert.True(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(planted)) < 0, $"'{planted}' (UTF-16) found in {file}");
            }
        }
    }

    private static string[] LogFiles(TestBot bot) =>
        Directory.Exists(bot.Settings["Logging:Directory"])
            ? Directory.GetFiles(bot.Settings["Logging:Directory"]!, "*", SearchOption.AllDirectories)
            : [];
}
