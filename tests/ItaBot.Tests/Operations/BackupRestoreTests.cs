using ItaBot.Cli;
using ItaBot.Tests.Privacy;
using ItaBot.Tests.Reliability;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Operations;

public sealed class BackupRestoreTests
{
    [Fact]
    public async Task A_backup_taken_under_traffic_restores_into_a_database_that_passes_the_checks_and_serves_the_same_cases()
    {
        var second = Path.Combine(Path.GetTempPath(), "itabot-restore-" + Guid.NewGuid().ToString("N")[..10]);
        var backup = Path.Combine(second, "backup", "itabot-backup.db");
        await using var bot = await TestBot.StartAsync();
        var complainant = bot.Line.AddUser();
        await CitizenScript.FileComplaintAsync(bot, complainant, "นายช่างรับเงินผู้รับเหมาเพื่อตรวจรับงานที่ไม่เสร็จ", "ชูใจ ดีมาก", "0823456789");
        var people = Enumerable.Range(0, 50).Select(_ => bot.Line.AddUser()).ToArray();

        var traffic = Task.WhenAll(people.Select(p => bot.Line.SendTextAsync(p, "สวัสดีค่ะ")));
        var (code, output, _) = await bot.CliAsync("backup", "--out", backup);
        await traffic;

        Assert.Equal(0, code);
        Assert.Contains("integrity_check: ok", output);
        Assert.Contains("key ring", output);
        var (refusedCode, _, refused) = await bot.CliAsync("restore", "--from", backup);
        Assert.Equal(1, refusedCode);
        Assert.Contains("running", refused);

        // A second installation with the same key ring, as after a disk loss: restore, then start the bot on it.
        var settings = TestBot.DefaultSettings(second, bot.Line);
        Directory.CreateDirectory(Path.GetDirectoryName(settings["Security:KeyFile"]!)!);
        File.Copy(bot.Settings["Security:KeyFile"]!, settings["Security:KeyFile"]!);
        var restoreOutput = new StringWriter();
        var restored = await CommandLine.RunAsync(["restore", "--from", backup], restoreOutput, new StringWriter(), settings);

        Assert.Equal(0, restored);
        Assert.Contains("0 do not", restoreOutput.ToString());
        Assert.Equal(1, DatabaseProbe.Scalar(Path.Combine(second, "itabot.db"), "SELECT COUNT(*) FROM Complaints"));
        await using var again = await TestBot.StartAsync(s => s["Security:KeyFile"] = settings["Security:KeyFile"], directory: second);
        var (exportCode, export, _) = await again.CliAsync("privacy", "export", complainant);
        Assert.Equal(0, exportCode);
        Assert.Contains("ชูใจ ดีมาก", export);
    }
}
