using System.Text.Json.Nodes;
using ItaBot.Cli;
using ItaBot.LineEmulator;
using ItaBot.Staff;
using ItaBot.Staff.Cases;
using ItaBot.Tests.EndToEnd;
using ItaBot.Tests.Measures;
using ItaBot.Tests.Reliability;
using ItaBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.Staff.RichMenu;

public sealed class StaffRichMenuTests
{
    // A real 1×1 PNG: the bot only needs the bytes and their type; the stand-in does not check the size.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private const string HandlersImage = "Line:StaffRichMenuImage";
    private const string StaffImage = "Line:StaffRichMenuImageStaff";
    private static readonly string[] HandlersColumns = ["s|cases", "s|mywork", "s|measures", "s|feedback"];
    private static readonly string[] StaffColumns = ["s|mywork", "s|measures", "s|feedback"];

    [Fact]
    public async Task An_officer_who_enrolls_gets_the_staff_rich_menu_and_loses_it_when_revoked()
    {
        await using var bot = await StartWithMenusAsync(staff: false);
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
        Assert.Equal(HandlersColumns, Columns(seen));
        Assert.Null((await MenuSeenByAsync(bot.Line, citizen))["richMenuId"]);

        var staffId = DatabaseProbe.Scalar(bot.DatabasePath, "SELECT Id FROM StaffMembers WHERE Role = 'officer'");
        var (code, _, error) = await bot.CliAsync("staff", "revoke", staffId.ToString());
        Assert.True(code == 0, error);
        await WaitForCallAsync(bot.Line, "DELETE", $"/v2/bot/user/{officer}/richmenu");

        Assert.Null((await MenuSeenByAsync(bot.Line, officer))["richMenuId"]);
    }

    [Fact]
    public async Task Officers_and_admins_get_the_handlers_menu_and_plain_staff_one_without_complaints()
    {
        await using var bot = await StartWithMenusAsync();
        var officer = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ");
        var admin = await StaffSetup.EnrollAsync(bot, "admin", "สำนักปลัด");
        var clerk = await StaffSetup.EnrollAsync(bot, "staff", "กองคลัง");

        var officerMenu = await WaitForMenuAsync(bot.Line, officer);
        var adminMenu = await WaitForMenuAsync(bot.Line, admin);
        var clerkMenu = await WaitForMenuAsync(bot.Line, clerk);

        Assert.Equal(2, bot.Line.Calls.Count(c => c.Path == "/v2/bot/richmenu" && c.Status == 200));
        Assert.Equal(Id(officerMenu), Id(adminMenu));
        Assert.NotEqual(Id(officerMenu), Id(clerkMenu));
        Assert.Equal(HandlersColumns, Columns(officerMenu));
        Assert.Equal(StaffColumns, Columns(clerkMenu));
        foreach (var menu in new[] { officerMenu, clerkMenu })
        {
            AssertCoversTheWidth(menu);
            Assert.Equal("เมนูเจ้าหน้าที่", menu["menu"]!["chatBarText"]!.GetValue<string>());
        }

        // No area of the plain staff menu is a case action, and each of them is allowed for a plain staff member.
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var cases = scope.ServiceProvider.GetServices<IStaffFeature>().OfType<CaseFeature>().Single();
            Assert.DoesNotContain(Columns(clerkMenu), data => cases.Owns(StaffPostback.Parse(data)[1], null));
        }
        foreach (var data in Columns(clerkMenu))
        {
            var before = bot.Line.MessagesTo(clerk).Count;
            await bot.Line.SendPostbackAsync(clerk, data);
            await bot.AnswersAfterAsync(clerk, before);
        }
        Assert.Equal(0, DatabaseProbe.Scalar(bot.DatabasePath, "SELECT COUNT(*) FROM AuditEntries WHERE Action = 'staff.denied'"));

        var clerkId = DatabaseProbe.Scalar(bot.DatabasePath, "SELECT Id FROM StaffMembers WHERE Role = 'staff'");
        var (code, _, error) = await bot.CliAsync("staff", "revoke", clerkId.ToString());
        Assert.True(code == 0, error);
        await WaitForCallAsync(bot.Line, "DELETE", $"/v2/bot/user/{clerk}/richmenu");
        Assert.Null((await MenuSeenByAsync(bot.Line, clerk))["richMenuId"]);
        Assert.Equal(Id(officerMenu), Id(await MenuSeenByAsync(bot.Line, officer)));
    }

    [Fact]
    public async Task With_only_the_handlers_image_plain_staff_get_no_rich_menu()
    {
        await using var bot = await StartWithMenusAsync(staff: false);
        var officer = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ");
        var clerk = await StaffSetup.EnrollAsync(bot, "staff", "กองคลัง");

        var officerMenu = await WaitForMenuAsync(bot.Line, officer);
        await WaitForCallAsync(bot.Line, "DELETE", $"/v2/bot/user/{clerk}/richmenu");

        Assert.Equal(HandlersColumns, Columns(officerMenu));
        Assert.Null((await MenuSeenByAsync(bot.Line, clerk))["richMenuId"]);
        Assert.Equal(1, bot.Line.Calls.Count(c => c.Path == "/v2/bot/richmenu"));
        Assert.DoesNotContain(bot.Line.Calls, c => c.Method == "POST" && c.Path.StartsWith($"/v2/bot/user/{clerk}/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_only_the_staff_image_officers_get_no_rich_menu()
    {
        await using var bot = await StartWithMenusAsync(handlers: false);
        var officer = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ");
        var clerk = await StaffSetup.EnrollAsync(bot, "staff", "กองคลัง");

        var clerkMenu = await WaitForMenuAsync(bot.Line, clerk);
        await WaitForCallAsync(bot.Line, "DELETE", $"/v2/bot/user/{officer}/richmenu");

        Assert.Equal(StaffColumns, Columns(clerkMenu));
        Assert.Null((await MenuSeenByAsync(bot.Line, officer))["richMenuId"]);
        Assert.Equal(1, bot.Line.Calls.Count(c => c.Path == "/v2/bot/richmenu"));
    }

    [Fact]
    public async Task Enrolling_again_with_another_role_moves_the_person_to_the_menu_of_that_role()
    {
        await using var bot = await StartWithMenusAsync();
        var person = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ");
        var asOfficer = await WaitForMenuAsync(bot.Line, person);
        Assert.Equal(HandlersColumns, Columns(asOfficer));

        var (exit, output, error) = await bot.CliAsync("invite", "--role", "staff", "--unit", "กองคลัง");
        Assert.True(exit == 0, error);
        var answers = await bot.SayAsync(person, "ลงทะเบียน " + output.Trim().Split('\n')[^1].Trim(), answers: 2);
        Assert.Contains("ลงทะเบียนเจ้าหน้าที่เรียบร้อย", answers[0].Text);
        var asStaff = await WaitForMenuAsync(bot.Line, person, menu => Id(menu) != Id(asOfficer));

        Assert.Equal(StaffColumns, Columns(asStaff));
        Assert.Equal(2, bot.Line.Calls.Count(c => c.Path == "/v2/bot/richmenu"));
    }

    [Fact]
    public async Task An_admin_revoking_in_chat_takes_the_menu_away_too()
    {
        await using var bot = await StartWithMenusAsync();
        var admin = await StaffSetup.EnrollAsync(bot, "admin", "สำนักปลัด");
        var officer = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ");
        var clerk = await StaffSetup.EnrollAsync(bot, "staff", "กองคลัง");
        var handlersMenu = Id(await WaitForMenuAsync(bot.Line, officer));
        await WaitForMenuAsync(bot.Line, clerk);
        var officerId = DatabaseProbe.Scalar(bot.DatabasePath, "SELECT Id FROM StaffMembers WHERE Role = 'officer'");
        var clerkId = DatabaseProbe.Scalar(bot.DatabasePath, "SELECT Id FROM StaffMembers WHERE Role = 'staff'");

        await bot.Line.SendPostbackAsync(admin, $"s|revoke|{officerId}|yes");
        await bot.Line.SendPostbackAsync(admin, $"s|revoke|{clerkId}|yes");
        await WaitForCallAsync(bot.Line, "DELETE", $"/v2/bot/user/{officer}/richmenu");
        await WaitForCallAsync(bot.Line, "DELETE", $"/v2/bot/user/{clerk}/richmenu");

        Assert.Null((await MenuSeenByAsync(bot.Line, officer))["richMenuId"]);
        Assert.Null((await MenuSeenByAsync(bot.Line, clerk))["richMenuId"]);
        Assert.Equal(handlersMenu, Id(await MenuSeenByAsync(bot.Line, admin)));
    }

    [Fact]
    public async Task A_second_start_on_the_same_database_reuses_both_menus_instead_of_creating_others()
    {
        await using var bot = await StartWithMenusAsync();
        var officer = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ");
        var clerk = await StaffSetup.EnrollAsync(bot, "staff", "กองคลัง");
        await WaitForMenuAsync(bot.Line, officer);
        await WaitForMenuAsync(bot.Line, clerk);

        await using var again = await RestartAsync(bot, s =>
        {
            s[HandlersImage] = bot.Settings[HandlersImage];
            s[StaffImage] = bot.Settings[StaffImage];
        });
        var officerId = DatabaseProbe.Scalar(again.DatabasePath, "SELECT Id FROM StaffMembers WHERE Role = 'officer'");
        var clerkId = DatabaseProbe.Scalar(again.DatabasePath, "SELECT Id FROM StaffMembers WHERE Role = 'staff'");
        Assert.Equal(0, (await again.CliAsync("staff", "revoke", officerId.ToString())).Code);
        Assert.Equal(0, (await again.CliAsync("staff", "revoke", clerkId.ToString())).Code);

        // The unlinks are done only after the menus are ready, so by then a new menu would have been created.
        await WaitForCallAsync(again.Line, "DELETE", $"/v2/bot/user/{officer}/richmenu");
        await WaitForCallAsync(again.Line, "DELETE", $"/v2/bot/user/{clerk}/richmenu");
        Assert.DoesNotContain(again.Line.Calls, c => c.Path.StartsWith("/v2/bot/richmenu", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_image_for_one_menu_recreates_only_that_menu_and_relinks_only_its_members()
    {
        await using var bot = await StartWithMenusAsync();
        var officer = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ");
        var clerk = await StaffSetup.EnrollAsync(bot, "staff", "กองคลัง");
        var oldHandlersMenu = Id(await WaitForMenuAsync(bot.Line, officer));
        await WaitForMenuAsync(bot.Line, clerk);
        // LINE has the link before the bot marks its row done; a backup taken in between would relink the clerk.
        await WaitUntilNoLinkIsPendingAsync(bot);

        var newImage = Path.Combine(bot.Directory, "staff-menu-2.png");
        await File.WriteAllBytesAsync(newImage, [.. Png, 0]);
        await using var again = await RestartAsync(bot, s =>
        {
            s[HandlersImage] = newImage;
            s[StaffImage] = bot.Settings[StaffImage];
        });
        again.Line.AddUser(userId: officer);
        again.Line.AddUser(userId: clerk);
        var newHandlersMenu = await WaitForMenuAsync(again.Line, officer);
        await WaitUntilNoLinkIsPendingAsync(again);

        Assert.NotEqual(oldHandlersMenu, Id(newHandlersMenu));
        Assert.Equal(HandlersColumns, Columns(newHandlersMenu));
        Assert.Equal(1, again.Line.Calls.Count(c => c.Path == "/v2/bot/richmenu"));
        Assert.DoesNotContain(again.Line.Calls, c => c.Path.StartsWith($"/v2/bot/user/{clerk}/", StringComparison.Ordinal));
        Assert.Null((await MenuSeenByAsync(again.Line, clerk))["richMenuId"]);
    }

    [Fact]
    public async Task After_a_new_image_the_old_menu_is_deleted_once_its_members_have_the_new_one()
    {
        await using var bot = await StartWithMenusAsync();
        var officer = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ");
        var admin = await StaffSetup.EnrollAsync(bot, "admin", "สำนักปลัด");
        var clerk = await StaffSetup.EnrollAsync(bot, "staff", "กองคลัง");
        var oldMenu = Id(await WaitForMenuAsync(bot.Line, officer));
        await WaitForMenuAsync(bot.Line, admin);
        var staffMenu = Id(await WaitForMenuAsync(bot.Line, clerk));
        await WaitUntilNoLinkIsPendingAsync(bot);

        await using var again = await RestartWithNewHandlersImageAsync(bot);
        await WaitForCallAsync(again.Line, "DELETE", $"/v2/bot/richmenu/{oldMenu}");
        var newMenu = Id(await MenuSeenByAsync(again.Line, officer));

        Assert.NotEqual(oldMenu, newMenu);
        Assert.Equal(newMenu, Id(await MenuSeenByAsync(again.Line, admin)));
        Assert.Equal(staffMenu, Id(await MenuSeenByAsync(again.Line, clerk)));
        Assert.Contains(again.Line.Calls, c => c.Method == "DELETE" && c.Path == $"/v2/bot/richmenu/{oldMenu}" && c.Status == 200);
        Assert.Equal(new[] { newMenu, staffMenu }.Order(), again.Line.RichMenuIds.Order());
        await WaitUntilNoneIsRetiredAsync(again);
    }

    [Fact]
    public async Task The_old_menu_is_kept_until_a_failed_relink_has_succeeded_so_nobody_is_left_without_a_menu()
    {
        await using var bot = await StartWithMenusAsync(staff: false);
        var officer = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ");
        var oldMenu = Id(await WaitForMenuAsync(bot.Line, officer));
        await WaitUntilNoLinkIsPendingAsync(bot);
        bot.Line.Reset();
        // The first relink to the new menu fails; the retry waits for the worker's first backoff.
        bot.Line.Faults.Enqueue($"/v2/bot/user/{officer}/richmenu/", EmulatedFault.ServerError);

        await using var again = await RestartWithNewHandlersImageAsync(bot, staff: false);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!again.Line.Calls.Any(c => c.Method == "DELETE" && c.Path == $"/v2/bot/richmenu/{oldMenu}"))
        {
            Assert.NotNull((await MenuSeenByAsync(again.Line, officer))["richMenuId"]);
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the old menu was never deleted");
            await Task.Delay(50);
        }

        var calls = again.Line.Calls.ToList();
        var failedLink = calls.FindIndex(c => c.Method == "POST" && c.Path.StartsWith($"/v2/bot/user/{officer}/richmenu/", StringComparison.Ordinal) && c.Status == 500);
        var link = calls.FindIndex(c => c.Method == "POST" && c.Path.StartsWith($"/v2/bot/user/{officer}/richmenu/", StringComparison.Ordinal) && c.Status == 200);
        var delete = calls.FindIndex(c => c.Method == "DELETE" && c.Path == $"/v2/bot/richmenu/{oldMenu}");
        Assert.InRange(failedLink, 0, link - 1);
        Assert.InRange(delete, link + 1, calls.Count - 1);
        Assert.NotEqual(oldMenu, Id(await MenuSeenByAsync(again.Line, officer)));
    }

    [Fact]
    public async Task Emptying_one_image_setting_unlinks_its_members_and_deletes_its_menu()
    {
        await using var bot = await StartWithMenusAsync();
        var officer = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ");
        var clerk = await StaffSetup.EnrollAsync(bot, "staff", "กองคลัง");
        var handlersMenu = Id(await WaitForMenuAsync(bot.Line, officer));
        var staffMenu = Id(await WaitForMenuAsync(bot.Line, clerk));
        await WaitUntilNoLinkIsPendingAsync(bot);

        await using var again = await RestartAsync(bot, s => s[StaffImage] = bot.Settings[StaffImage], sameLine: true);
        await WaitForCallAsync(again.Line, "DELETE", $"/v2/bot/richmenu/{handlersMenu}");

        Assert.Contains(again.Line.Calls, c => c.Method == "DELETE" && c.Path == $"/v2/bot/user/{officer}/richmenu" && c.Status == 200);
        Assert.Null((await MenuSeenByAsync(again.Line, officer))["richMenuId"]);
        Assert.Equal(staffMenu, Id(await MenuSeenByAsync(again.Line, clerk)));
        Assert.Equal([staffMenu], again.Line.RichMenuIds);
        await WaitUntilNoneIsRetiredAsync(again);
        Assert.Equal(0, DatabaseProbe.Scalar(again.DatabasePath,
            "SELECT COUNT(*) FROM Settings WHERE Key IN ('line.staffRichMenu.id', 'line.staffRichMenu.imageSha256')"));
    }

    [Fact]
    public async Task Emptying_every_image_setting_unlinks_all_staff_and_deletes_both_menus()
    {
        await using var bot = await StartWithMenusAsync();
        var officer = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ");
        var clerk = await StaffSetup.EnrollAsync(bot, "staff", "กองคลัง");
        var handlersMenu = Id(await WaitForMenuAsync(bot.Line, officer));
        var staffMenu = Id(await WaitForMenuAsync(bot.Line, clerk));
        await WaitUntilNoLinkIsPendingAsync(bot);
        bot.Line.Reset();

        await using var again = await RestartAsync(bot, _ => { }, sameLine: true);
        await WaitForCallAsync(again.Line, "DELETE", $"/v2/bot/richmenu/{handlersMenu}");
        await WaitForCallAsync(again.Line, "DELETE", $"/v2/bot/richmenu/{staffMenu}");

        Assert.Contains(again.Line.Calls, c => c.Method == "DELETE" && c.Path == $"/v2/bot/user/{officer}/richmenu");
        Assert.Contains(again.Line.Calls, c => c.Method == "DELETE" && c.Path == $"/v2/bot/user/{clerk}/richmenu");
        Assert.Empty(again.Line.RichMenuIds);
        Assert.DoesNotContain(again.Line.Calls, c => c.Method == "POST" && c.Path.StartsWith("/v2/bot/richmenu", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_delete_that_fails_on_the_server_is_tried_again_and_succeeds_later()
    {
        await using var bot = await StartWithMenusAsync(staff: false);
        var officer = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ");
        var oldMenu = Id(await WaitForMenuAsync(bot.Line, officer));
        await WaitUntilNoLinkIsPendingAsync(bot);
        bot.Line.Reset();
        bot.Line.Faults.Enqueue($"/v2/bot/richmenu/{oldMenu}", EmulatedFault.ServerError);

        await using var again = await RestartWithNewHandlersImageAsync(bot, staff: false);
        var path = $"/v2/bot/richmenu/{oldMenu}";
        await WaitUntilAsync(() => again.Line.Calls.Any(c => c.Method == "DELETE" && c.Path == path && c.Status == 200),
            () => "the old menu was not deleted after the failure", seconds: 20);

        Assert.Equal([500, 200], again.Line.Calls.Where(c => c.Method == "DELETE" && c.Path == path).Select(c => c.Status));
        Assert.DoesNotContain(oldMenu, again.Line.RichMenuIds);
        await WaitUntilNoneIsRetiredAsync(again);
    }

    [Fact]
    public async Task A_failed_delete_keeps_its_backoff_across_a_restart_instead_of_being_tried_again_at_once()
    {
        var clock = new ManualClock(StandingTime);
        await using var bot = await StartWithMenusAsync(staff: false);
        var (failing, oldMenu, path) = await RetireWithOneFailedDeleteAsync(bot, clock);

        await using var restarted = await RestartAsync(failing, s => s[HandlersImage] = failing.Settings[HandlersImage], sameLine: true, time: clock);
        await failing.DisposeAsync();
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var beforeTheBackoffEnded = DeleteStatuses(restarted.Line, path);
        clock.Advance(TimeSpan.FromSeconds(5));
        await WaitUntilNoneIsRetiredAsync(restarted);

        Assert.Equal([500], beforeTheBackoffEnded);
        Assert.Equal([500, 200], DeleteStatuses(restarted.Line, path));
        Assert.DoesNotContain(oldMenu, restarted.Line.RichMenuIds);
    }

    [Fact]
    public async Task A_menu_LINE_keeps_failing_to_delete_for_about_a_day_of_tries_counted_across_restarts_is_given_up()
    {
        var clock = new ManualClock(StandingTime);
        await using var bot = await StartWithMenusAsync(staff: false);
        var (failing, oldMenu, path) = await RetireWithOneFailedDeleteAsync(bot, clock);
        bot.Line.Faults.Enqueue(path, EmulatedFault.ServerError);

        // 149 tries failed in earlier runs, the last backoff is over: the 150th is the last.
        await using var restarted = await RestartAsync(failing, s => s[HandlersImage] = failing.Settings[HandlersImage],
            $"UPDATE Settings SET Value = 'handlers 149 {clock.GetUtcNow().ToUnixTimeMilliseconds()}' WHERE Key = 'line.staffRichMenu.retired.{oldMenu}'",
            sameLine: true, time: clock);
        await failing.DisposeAsync();
        await WaitUntilNoneIsRetiredAsync(restarted);

        Assert.Equal([500, 500], DeleteStatuses(restarted.Line, path));
        Assert.Contains(oldMenu, restarted.Line.RichMenuIds);
    }

    [Fact]
    public async Task Staff_given_the_single_menu_of_earlier_versions_are_moved_once_to_the_menu_of_their_role()
    {
        await using var bot = await StartWithMenusAsync(staff: false);
        var officer = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ");
        var clerk = await StaffSetup.EnrollAsync(bot, "staff", "กองคลัง");
        await WaitForMenuAsync(bot.Line, officer);
        await WaitUntilNoLinkIsPendingAsync(bot);

        // A database of an earlier version: the single (handlers') menu is stored, the move to per-role menus is not.
        await using var again = await RestartAsync(bot, s =>
        {
            s[HandlersImage] = bot.Settings[HandlersImage];
            s[StaffImage] = bot.Settings[HandlersImage];
        }, "DELETE FROM Settings WHERE Key = 'line.staffRichMenu.perRole'");
        again.Line.AddUser(userId: officer);
        again.Line.AddUser(userId: clerk);
        var clerkMenu = await WaitForMenuAsync(again.Line, clerk);
        await WaitUntilNoLinkIsPendingAsync(again);

        Assert.Equal(StaffColumns, Columns(clerkMenu));
        Assert.Equal(1, again.Line.Calls.Count(c => c.Path == "/v2/bot/richmenu"));
        Assert.DoesNotContain(again.Line.Calls, c => c.Path.StartsWith($"/v2/bot/user/{officer}/", StringComparison.Ordinal));
        Assert.Equal(1, DatabaseProbe.Scalar(again.DatabasePath, "SELECT COUNT(*) FROM Settings WHERE Key = 'line.staffRichMenu.perRole'"));
    }

    [Fact]
    public async Task Without_a_configured_image_no_rich_menu_call_is_made_and_nothing_is_queued()
    {
        await using var bot = await TestBot.StartAsync();
        var officer = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ");
        await StaffSetup.EnrollAsync(bot, "staff", "กองคลัง");
        var staffId = DatabaseProbe.Scalar(bot.DatabasePath, "SELECT Id FROM StaffMembers WHERE Role = 'officer'");
        var (code, _, error) = await bot.CliAsync("staff", "revoke", staffId.ToString());
        Assert.True(code == 0, error);
        await bot.SayAsync(officer, "สวัสดีค่ะ");

        Assert.Equal(0, DatabaseProbe.Scalar(bot.DatabasePath, "SELECT COUNT(*) FROM RichMenuLinks"));
        Assert.DoesNotContain(bot.Line.Calls, c => c.Path.Contains("richmenu", StringComparison.Ordinal));
    }

    private static async Task<TestBot> StartWithMenusAsync(bool handlers = true, bool staff = true)
    {
        // Inside the bot's own folder, so disposing the bot cleans it up.
        var directory = Path.Combine(Path.GetTempPath(), "itabot-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        var handlersImage = Path.Combine(directory, "staff-menu.png");
        var staffImage = Path.Combine(directory, "staff-menu-staff.png");
        await File.WriteAllBytesAsync(handlersImage, Png);
        await File.WriteAllBytesAsync(staffImage, Png);
        return await TestBot.StartAsync(s =>
        {
            if (handlers) s[HandlersImage] = handlersImage;
            if (staff) s[StaffImage] = staffImage;
        }, directory: directory);
    }

    /// <summary>
    /// A copy of the bot's database (and its keys) started again, against a new LINE stand-in or, with
    /// <paramref name="sameLine"/>, the same one (the account keeps its menus; tests that count calls reset it first).
    /// </summary>
    private static async Task<TestBot> RestartAsync(TestBot bot, Action<Dictionary<string, string?>> images, string? sqlBeforeStart = null,
        bool sameLine = false, TimeProvider? time = null)
    {
        var second = Path.Combine(Path.GetTempPath(), "itabot-richmenu-" + Guid.NewGuid().ToString("N")[..10]);
        var (backedUp, _, backupError) = await bot.CliAsync("backup", "--out", Path.Combine(second, "copy.db"));
        Assert.True(backedUp == 0, backupError);
        var settings = TestBot.DefaultSettings(second, bot.Line);
        var restored = await CommandLine.RunAsync(["restore", "--from", Path.Combine(second, "copy.db")], new StringWriter(), new StringWriter(),
            new Dictionary<string, string?>(settings) { ["Security:KeyFile"] = bot.Settings["Security:KeyFile"] });
        Assert.Equal(0, restored);
        if (sqlBeforeStart is not null)
        {
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(second, "itabot.db")};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sqlBeforeStart;
            await command.ExecuteNonQueryAsync();
        }
        return await TestBot.StartAsync(s =>
        {
            s["Security:KeyFile"] = bot.Settings["Security:KeyFile"];
            images(s);
        }, directory: second, sharedLine: sameLine ? bot.Line : null, time: time);
    }

    /// <summary>The same database and the same LINE account started again with another picture for the handlers' menu.</summary>
    private static async Task<TestBot> RestartWithNewHandlersImageAsync(TestBot bot, bool staff = true, TimeProvider? time = null)
    {
        var newImage = Path.Combine(bot.Directory, "staff-menu-2.png");
        await File.WriteAllBytesAsync(newImage, [.. Png, 0]);
        return await RestartAsync(bot, s =>
        {
            s[HandlersImage] = newImage;
            if (staff) s[StaffImage] = bot.Settings[StaffImage];
        }, sameLine: true, time: time);
    }

    /// <summary>A clock for tests that move time by hand: backoffs end only when the test says so.</summary>
    private static readonly DateTimeOffset StandingTime = new(2025, 6, 15, 3, 0, 0, TimeSpan.Zero);

    private static string RetiredRowIs(string menuId, string value) =>
        $"SELECT COUNT(*) FROM Settings WHERE Key = 'line.staffRichMenu.retired.{menuId}' AND Value = '{value}'";

    private static int[] DeleteStatuses(LineEmulatorServer line, string path) =>
        line.Calls.Where(c => c.Method == "DELETE" && c.Path == path).Select(c => c.Status).ToArray();

    /// <summary>
    /// The handlers' menu is retired by a new image on a restart whose first try to delete it LINE fails: the bot
    /// started on the hand-moved clock, its retired row saying one try and the next five seconds on.
    /// </summary>
    private static async Task<(TestBot Failing, string OldMenu, string Path)> RetireWithOneFailedDeleteAsync(TestBot bot, ManualClock clock)
    {
        var officer = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ");
        var oldMenu = Id(await WaitForMenuAsync(bot.Line, officer));
        await WaitUntilNoLinkIsPendingAsync(bot);
        bot.Line.Reset();
        var path = $"/v2/bot/richmenu/{oldMenu}";
        bot.Line.Faults.Enqueue(path, EmulatedFault.ServerError);
        var failing = await RestartWithNewHandlersImageAsync(bot, staff: false, time: clock);
        await failing.WaitForCountAsync(RetiredRowIs(oldMenu, $"handlers 1 {clock.GetUtcNow().AddSeconds(5).ToUnixTimeMilliseconds()}"));
        return (failing, oldMenu, path);
    }

    private static Task WaitUntilNoneIsRetiredAsync(TestBot bot) =>
        bot.WaitForCountAsync("SELECT COUNT(*) = 0 FROM Settings WHERE Key LIKE 'line.staffRichMenu.retired.%'");

    private static Task WaitUntilNoLinkIsPendingAsync(TestBot bot) =>
        bot.WaitForCountAsync("SELECT COUNT(*) = 0 FROM RichMenuLinks WHERE Status = 'pending'");

    private static async Task WaitUntilAsync(Func<bool> done, Func<string> failure, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!done())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException(failure());
            await Task.Delay(50);
        }
    }

    private static Task WaitForCallAsync(LineEmulatorServer line, string method, string path) =>
        WaitUntilAsync(() => line.Calls.Any(c => c.Method == method && c.Path == path),
            () => $"no {method} {path}; calls: " + string.Join(", ", line.Calls.Select(c => $"{c.Method} {c.Path} {c.Status}")));

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

    /// <summary>Waits until the person sees a staff rich menu with its picture (and, if given, the one asked for).</summary>
    private static async Task<JsonNode> WaitForMenuAsync(LineEmulatorServer line, string userId, Func<JsonNode, bool>? which = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var seen = await MenuSeenByAsync(line, userId);
            if (seen["richMenuId"] is not null && seen["hasImage"]!.GetValue<bool>() && (which is null || which(seen))) return seen;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{userId} sees no (such) rich menu: {seen.ToJsonString()}; calls: "
                                           + string.Join(", ", line.Calls.Select(c => $"{c.Method} {c.Path} {c.Status}")));
            await Task.Delay(50);
        }
    }

    private static async Task<JsonNode> MenuSeenByAsync(LineEmulatorServer line, string userId)
    {
        using var page = new HttpClient { BaseAddress = line.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        return JsonNode.Parse(await page.GetStringAsync($"_emulator/richmenu?userId={userId}"))!;
    }

    private static string Id(JsonNode seen) => seen["richMenuId"]!.GetValue<string>();

    private static string[] Columns(JsonNode seen) =>
        seen["menu"]!["areas"]!.AsArray().Select(a => a!["action"]!["data"]!.GetValue<string>()).ToArray();

    private static void AssertCoversTheWidth(JsonNode seen)
    {
        var x = 0;
        foreach (var bounds in seen["menu"]!["areas"]!.AsArray().Select(a => a!["bounds"]!))
        {
            Assert.Equal(x, bounds["x"]!.GetValue<int>());
            Assert.Equal(0, bounds["y"]!.GetValue<int>());
            Assert.Equal(843, bounds["height"]!.GetValue<int>());
            x += bounds["width"]!.GetValue<int>();
        }
        Assert.Equal(2500, x);
    }
}
