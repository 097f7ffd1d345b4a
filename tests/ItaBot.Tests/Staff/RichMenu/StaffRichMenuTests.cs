using System.Text.Json.Nodes;
using ItaBot.Cli;
using ItaBot.LineEmulator;
using ItaBot.Tests.Measures;
using ItaBot.Tests.Reliability;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Staff.RichMenu;

public sealed class StaffRichMenuTests
{
    // A real 1×1 PNG: the bot only needs the bytes and their type; the stand-in does not check the size.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task An_officer_who_enrolls_gets_the_staff_rich_menu_and_loses_it_when_revoked()
    {
        await using var bot = await StartWithMenuAsync();
        var citizen = bot.Line.AddUser();
        await bot.SayAsync(citizen, "สวัสดีค่ะ");

        var officer = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ");
        var menuId = await MenuIdAsync(bot.Line);
        await WaitForCallAsync(bot.Line, "POST", $"/v2/bot/user/{officer}/richmenu/{menuId}");
        var seen = await MenuSeenByAsync(bot.Line, officer);

        Assert.Equal(1, bot.Line.Calls.Count(c => c.Path == "/v2/bot/richmenu"));
        Assert.Contains(bot.Line.Calls, c => c.Method == "POST" && c.Path == $"/v2/bot/richmenu/{menuId}/content" && c.Status == 200);
        Assert.Equal(menuId, seen["richMenuId"]!.GetValue<string>());
        Assert.True(seen["hasImage"]!.GetValue<bool>());
        Assert.Equal("เมนูเจ้าหน้าที่", seen["menu"]!["chatBarText"]!.GetValue<string>());
        var data = seen["menu"]!["areas"]!.AsArray().Select(a => a!["action"]!["data"]!.GetValue<string>());
        Assert.Equal(["s|cases", "s|mywork", "s|measures", "s|feedback"], data);
        Assert.Null((await MenuSeenByAsync(bot.Line, citizen))["richMenuId"]);

        var staffId = DatabaseProbe.Scalar(bot.DatabasePath, "SELECT Id FROM StaffMembers WHERE Role = 'officer'");
        var (code, _, error) = await bot.CliAsync("staff", "revoke", staffId.ToString());
        Assert.True(code == 0, error);
        await WaitForCallAsync(bot.Line, "DELETE", $"/v2/bot/user/{officer}/richmenu");

        Assert.Null((await MenuSeenByAsync(bot.Line, officer))["richMenuId"]);
    }

    [Fact]
    public async Task An_admin_revoking_in_chat_takes_the_menu_away_too()
    {
        await using var bot = await StartWithMenuAsync();
        var admin = await StaffSetup.EnrollAsync(bot, "admin", "สำนักปลัด");
        var officer = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ");
        var menuId = await MenuIdAsync(bot.Line);
        await WaitForCallAsync(bot.Line, "POST", $"/v2/bot/user/{officer}/richmenu/{menuId}");
        var staffId = DatabaseProbe.Scalar(bot.DatabasePath, "SELECT Id FROM StaffMembers WHERE Role = 'officer'");

        await bot.Line.SendPostbackAsync(admin, $"s|revoke|{staffId}|yes");
        await WaitForCallAsync(bot.Line, "DELETE", $"/v2/bot/user/{officer}/richmenu");

        Assert.Null((await MenuSeenByAsync(bot.Line, officer))["richMenuId"]);
        Assert.Equal(menuId, (await MenuSeenByAsync(bot.Line, admin))["richMenuId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_second_start_on_the_same_database_reuses_the_menu_instead_of_creating_another()
    {
        var second = Path.Combine(Path.GetTempPath(), "itabot-richmenu-" + Guid.NewGuid().ToString("N")[..10]);
        await using var bot = await StartWithMenuAsync();
        var officer = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ");
        var menuId = await MenuIdAsync(bot.Line);
        await WaitForCallAsync(bot.Line, "POST", $"/v2/bot/user/{officer}/richmenu/{menuId}");
        var (backedUp, _, backupError) = await bot.CliAsync("backup", "--out", Path.Combine(second, "copy.db"));
        Assert.True(backedUp == 0, backupError);

        var settings = TestBot.DefaultSettings(second, bot.Line);
        var restored = await CommandLine.RunAsync(["restore", "--from", Path.Combine(second, "copy.db")], new StringWriter(), new StringWriter(),
            new Dictionary<string, string?>(settings) { ["Security:KeyFile"] = bot.Settings["Security:KeyFile"] });
        Assert.Equal(0, restored);
        await using var again = await TestBot.StartAsync(s =>
        {
            s["Security:KeyFile"] = bot.Settings["Security:KeyFile"];
            s["Line:StaffRichMenuImage"] = bot.Settings["Line:StaffRichMenuImage"];
        }, directory: second);
        var staffId = DatabaseProbe.Scalar(again.DatabasePath, "SELECT Id FROM StaffMembers WHERE Role = 'officer'");
        var (code, _, error) = await again.CliAsync("staff", "revoke", staffId.ToString());
        Assert.True(code == 0, error);

        // The unlink is done only after the menu is ready, so by then a new menu would have been created.
        await WaitForCallAsync(again.Line, "DELETE", $"/v2/bot/user/{officer}/richmenu");
        Assert.DoesNotContain(again.Line.Calls, c => c.Path.StartsWith("/v2/bot/richmenu", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_configured_image_no_rich_menu_call_is_made_and_nothing_is_queued()
    {
        await using var bot = await TestBot.StartAsync();
        var officer = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ");
        var staffId = DatabaseProbe.Scalar(bot.DatabasePath, "SELECT Id FROM StaffMembers WHERE Role = 'officer'");
        var (code, _, error) = await bot.CliAsync("staff", "revoke", staffId.ToString());
        Assert.True(code == 0, error);
        await bot.SayAsync(officer, "สวัสดีค่ะ");

        Assert.Equal(0, DatabaseProbe.Scalar(bot.DatabasePath, "SELECT COUNT(*) FROM RichMenuLinks"));
        Assert.DoesNotContain(bot.Line.Calls, c => c.Path.Contains("richmenu", StringComparison.Ordinal));
    }

    private static async Task<TestBot> StartWithMenuAsync()
    {
        // Inside the bot's own folder, so disposing the bot cleans it up.
        var directory = Path.Combine(Path.GetTempPath(), "itabot-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        var image = Path.Combine(directory, "staff-menu.png");
        await File.WriteAllBytesAsync(image, Png);
        return await TestBot.StartAsync(s => s["Line:StaffRichMenuImage"] = image, directory: directory);
    }

    private static async Task WaitForCallAsync(LineEmulatorServer line, string method, string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!line.Calls.Any(c => c.Method == method && c.Path == path))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"no {method} {path}; calls: " + string.Join(", ", line.Calls.Select(c => $"{c.Method} {c.Path} {c.Status}")));
            await Task.Delay(50);
        }
    }

    /// <summary>The id of the menu the bot created, read from the path of its image upload.</summary>
    private static async Task<string> MenuIdAsync(LineEmulatorServer line)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var upload = line.Calls.FirstOrDefault(c => c.Path.StartsWith("/v2/bot/richmenu/", StringComparison.Ordinal) && c.Status == 200);
            if (upload is not null) return upload.Path.Split('/')[4];
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the bot uploaded no rich menu image");
            await Task.Delay(50);
        }
    }

    private static async Task<JsonNode> MenuSeenByAsync(LineEmulatorServer line, string userId)
    {
        using var page = new HttpClient { BaseAddress = line.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        return JsonNode.Parse(await page.GetStringAsync($"_emulator/richmenu?userId={userId}"))!;
    }
}
