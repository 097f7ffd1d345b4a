using System.Text;
using ItaBot.Tests.Reliability;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Privacy;

/// <summary>
/// Plants a complaint sentence, a complainant's name and phone number and a feedback text, runs the flows, lets the
/// evidence download, and then reads every byte the bot wrote: database files, evidence folder and logs.
/// </summary>
public sealed class LeakScanTests
{
    private const string Sentence = "ปลัดวิชัยเรียกเงินใต้โต๊ะค่าใบอนุญาตก่อสร้างสามหมื่นเจ็ดพันบาทที่ร้านกาแฟหลังอำเภอ";
    private const string Name = "สมหญิง แคนารีทดสอบ";
    private const string Phone = "0897651234";
    private const string FeedbackText = "ห้องน้ำชั้นสองของสำนักงานไม่มีกระดาษชำระมาสามวันแล้วค่ะ";

    [Fact]
    public async Task No_complaint_text_name_phone_or_feedback_appears_in_clear_in_the_database_evidence_or_logs()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser("ผู้ร้อง");
        await CitizenScript.FileComplaintAsync(bot, user, Sentence, Name, Phone, withPhoto: true);
        await CitizenScript.GiveFeedbackAsync(bot, user, FeedbackText, "0812223344");
        await WaitForEvidenceAsync(bot);
        Assert.True(await DatabaseProbe.DrainedAsync(bot.DatabasePath, TimeSpan.FromSeconds(15)));
        // Disposing flushes the buffered log file, so every line the bot wrote is scanned.
        await bot.Host.DisposeAsync();

        var canaries = new[] { Sentence, Name, Phone, "089-765-1234", FeedbackText, "0812223344" };
        var evidence = Files(bot.Settings["Storage:EvidenceDirectory"]!);
        var logs = Files(bot.Settings["Logging:Directory"]!);
        Assert.NotEmpty(evidence);
        Assert.NotEmpty(logs);
        var atRest = DatabaseFiles.Read(bot.DatabasePath).Concat(evidence.Concat(logs).Select(f => (Path: f, Bytes: File.ReadAllBytes(f))));
        foreach (var (file, bytes) in atRest)
        {
            foreach (var canary in canaries)
                Assert.False(Contains(bytes, canary), $"'{canary}' is in clear in {Path.GetFileName(file)}");
        }
        foreach (var file in logs)
            Assert.False(Contains(File.ReadAllBytes(file), user), $"the LINE user id is in {Path.GetFileName(file)}");
    }

    private static async Task WaitForEvidenceAsync(TestBot bot)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline
               && DatabaseProbe.Scalar(bot.DatabasePath, "SELECT COUNT(*) FROM ComplaintEvidence WHERE FilePath IS NOT NULL") == 0)
            await Task.Delay(200);
    }

    private static List<string> Files(string directory) =>
        Directory.Exists(directory) ? Directory.GetFiles(directory, "*", SearchOption.AllDirectories).ToList() : [];

    private static bool Contains(byte[] haystack, string needle) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0;
}
