using ItaBot.Tests.Cases;
using ItaBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ItaBot.Tests.Staff;

/// <summary>Staff lists count only people in use, and tell an invitation that can no longer be used from one that can.</summary>
public sealed class StaffListTests
{
    [Fact]
    public async Task The_admin_s_staff_list_counts_only_enrolled_members_and_shows_an_expired_invitation_as_expired()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var bot = await TestBot.StartAsync(s => s["Alerts:Scheduler:Enabled"] = "false", time: clock);
        var admin = await StaffChat.EnrollAsync(bot, "admin", "สำนักปลัด");
        await StaffChat.EnrollAsync(bot, "officer", "งานนิติการ");
        await InviteAsync(bot, "1");
        await InviteAsync(bot, "72");
        clock.Advance(TimeSpan.FromHours(2));

        await bot.SayAsync(admin, "เมนู");
        var list = await bot.TapAsync(admin, "จัดการเจ้าหน้าที่", answers: 2);

        Assert.StartsWith("เจ้าหน้าที่ที่ใช้งานอยู่ 1 คน", list[0].Text);
        Assert.Single(Occurrences(list[1].Text!, "รหัสหมดอายุ ยังไม่ลงทะเบียน"));
        Assert.Single(Occurrences(list[1].Text!, "ออกรหัสแล้ว ยังไม่ลงทะเบียน"));
        Assert.Single(Occurrences(list[1].Text!, "ใช้งานอยู่"));
    }

    [Fact]
    public async Task Staff_list_on_the_command_line_marks_an_expired_invitation_and_counts_only_active_members()
    {
        await using var bot = await StaffChat.StartBotAsync();
        await StaffChat.EnrollAsync(bot, "officer", "งานนิติการ");
        await InviteAsync(bot, "72");
        var stale = await InviteAsync(bot, "1");
        Expire(bot, stale);

        var (code, output, _) = await bot.CliAsync("staff", "list");

        var lines = output.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(0, code);
        Assert.Contains(lines, l => l.StartsWith(stale + "\tstaff\t", StringComparison.Ordinal) && l.Contains("\texpired\t"));
        Assert.Single(lines, l => l.Contains("\tinvited\t"));
        Assert.Equal("1 active; 1 invited, not yet enrolled", lines[^1]);
    }

    /// <summary>Runs `invite` for a plain staff member; returns their staff id.</summary>
    private static async Task<long> InviteAsync(TestBot bot, string hours)
    {
        var (code, output, error) = await bot.CliAsync("invite", "--role", "staff", "--unit", "กองคลัง", "--hours", hours);
        Assert.True(code == 0, error);
        return long.Parse(output.Split('#')[1].Split(':')[0]);
    }

    /// <summary>As if the code's hour had passed: the command line reads the real clock, so the row is moved instead.</summary>
    private static void Expire(TestBot bot, long staffId)
    {
        using var connection = new SqliteConnection($"Data Source={bot.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 5000; UPDATE EnrollmentCodes SET ExpiresAt = 1 WHERE StaffId = $id";
        command.Parameters.AddWithValue("$id", staffId);
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    private static IEnumerable<int> Occurrences(string text, string part)
    {
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
            yield return i;
    }
}
