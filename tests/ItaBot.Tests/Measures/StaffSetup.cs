using ItaBot.Calendar;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Measures;

/// <summary>Staff enrolled as in real life (invite code, then ลงทะเบียน in chat) and a small plan for this fiscal year.</summary>
internal static class StaffSetup
{
    public static async Task<string> EnrollAsync(TestBot bot, string role, string unit, string? name = null)
    {
        var (code, output, error) = await bot.CliAsync(["invite", "--role", role, "--unit", unit, .. name is null ? Array.Empty<string>() : ["--name", name]]);
        Assert.True(code == 0, error);
        var enrollment = output.Trim().Split('\n')[^1].Trim();
        var user = bot.Line.AddUser();
        var answers = await bot.SayAsync(user, "ลงทะเบียน " + enrollment, answers: 2);
        Assert.Contains("ลงทะเบียนเจ้าหน้าที่เรียบร้อย", answers[0].Text);
        return user;
    }

    /// <summary>Imports the test plan (1.1 and 1.3 กองคลัง, 1.2 กองช่าง; all year, not started) for the current fiscal year.</summary>
    public static async Task<int> ImportPlanAsync(TestBot bot)
    {
        var year = ThaiDates.FiscalYear(BangkokTime.Today(TimeProvider.System));
        var path = Path.Combine(bot.Directory, "plan.yaml");
        await File.WriteAllTextAsync(path, MeasuresImporterTests.Plan("not_started", year));
        var (code, output, error) = await bot.CliAsync("measures", "import", path);
        Assert.True(code == 0, error);
        Assert.Contains("activities: 3 added", output);
        return year;
    }

    public static long ActivityId(TestBot bot, string code) =>
        Convert.ToInt64(EndToEnd.BotDatabase.Scalar(bot, "SELECT Id FROM MeasureActivities WHERE Code = $c", ("$c", code)));
}
