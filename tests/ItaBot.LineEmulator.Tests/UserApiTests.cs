using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ItaBot.LineEmulator.Tests.Support;
using static ItaBot.LineEmulator.Tests.Support.EmulatorHarness;

namespace ItaBot.LineEmulator.Tests;

public sealed class UserApiTests
{
    [Fact]
    public async Task Content_of_a_sent_image_downloads_until_the_user_unsends_it()
    {
        await using var h = await StartAsync();
        var user = h.Emulator.AddUser();
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3];
        var delivery = await h.Emulator.SendImageAsync(user, jpeg);
        var messageId = JsonNode.Parse(delivery.Body)!["events"]![0]!["message"]!["id"]!.GetValue<string>();

        using var before = await h.Api.GetAsync($"v2/bot/message/{messageId}/content");
        var bytes = await before.Content.ReadAsByteArrayAsync();
        await h.Emulator.SendUnsendAsync(user, messageId);
        using var after = await h.Api.GetAsync($"v2/bot/message/{messageId}/content");
        using var unknown = await h.Api.GetAsync("v2/bot/message/1/content");

        Assert.Equal(200, (int)before.StatusCode);
        Assert.Equal("image/jpeg", before.Content.Headers.ContentType!.MediaType);
        Assert.Equal(jpeg, bytes);
        Assert.Equal(410, (int)after.StatusCode);
        Assert.Equal("The content is gone", JsonNode.Parse(await after.Content.ReadAsStringAsync())!["message"]!.GetValue<string>());
        Assert.Equal(404, (int)unknown.StatusCode);
    }

    [Fact]
    public async Task The_default_image_is_a_real_png_and_files_keep_their_bytes()
    {
        await using var h = await StartAsync();
        var user = h.Emulator.AddUser();
        var image = await h.Emulator.SendImageAsync(user);
        var file = await h.Emulator.SendFileAsync(user, "หลักฐาน.pdf", [1, 2, 3]);

        var png = await h.Api.GetByteArrayAsync($"v2/bot/message/{MessageId(image)}/content");
        using var pdf = await h.Api.GetAsync($"v2/bot/message/{MessageId(file)}/content");

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal(3, JsonNode.Parse(file.Body)!["events"]![0]!["message"]!["fileSize"]!.GetValue<int>());
    }

    [Fact]
    public async Task Profiles_exist_for_known_users_only()
    {
        await using var h = await StartAsync();
        var user = h.Emulator.AddUser("นายทดสอบ ระบบ");

        var known = JsonNode.Parse(await h.Api.GetStringAsync($"v2/bot/profile/{user}"))!;
        using var unknown = await h.Api.GetAsync("v2/bot/profile/U00000000000000000000000000000000");

        Assert.Equal("นายทดสอบ ระบบ", known["displayName"]!.GetValue<string>());
        Assert.Equal(user, known["userId"]!.GetValue<string>());
        Assert.Equal(404, (int)unknown.StatusCode);
        Assert.Equal("Not found", JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Users_who_only_wrote_to_the_bot_get_a_thai_display_name()
    {
        await using var h = await StartAsync();
        const string user = "Uaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        await h.Emulator.SendFollowAsync(user);

        var profile = JsonNode.Parse(await h.Api.GetStringAsync($"v2/bot/profile/{user}"))!;

        Assert.Matches(@"\p{IsThai}", profile["displayName"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(5, 202)]
    [InlineData(60, 202)]
    [InlineData(7, 400)]
    [InlineData(65, 400)]
    public async Task Loading_seconds_must_be_five_to_sixty_in_steps_of_five(int seconds, int expected)
    {
        await using var h = await StartAsync();

        var result = await h.PostAsync("v2/bot/chat/loading/start", new JsonObject { ["chatId"] = h.Emulator.AddUser(), ["loadingSeconds"] = seconds });

        Assert.Equal(expected, result.Status);
    }

    [Fact]
    public async Task Loading_for_a_group_is_refused()
    {
        await using var h = await StartAsync();

        var result = await h.PostAsync("v2/bot/chat/loading/start", new JsonObject { ["chatId"] = "Cfedcba9876543210fedcba9876543210" });

        Assert.Equal(400, result.Status);
        Assert.Equal("chatId", result.Body["details"]![0]!["property"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_rich_menu_can_be_created_given_an_image_and_linked()
    {
        await using var h = await StartAsync();
        var user = h.Emulator.AddUser();
        var menu = new JsonObject
        {
            ["size"] = new JsonObject { ["width"] = 2500, ["height"] = 843 },
            ["selected"] = true, ["name"] = "main", ["chatBarText"] = "เมนู",
            ["areas"] = new JsonArray(new JsonObject
            {
                ["bounds"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = 1250, ["height"] = 843 },
                ["action"] = new JsonObject { ["type"] = "postback", ["data"] = "a=report", ["label"] = "แจ้งเรื่อง" },
            }),
        };

        var created = await h.PostAsync("v2/bot/richmenu", menu);
        var id = created.Body["richMenuId"]!.GetValue<string>();
        using var image = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47]);
        image.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var upload = await h.Api.PostAsync($"v2/bot/richmenu/{id}/content", image);
        var all = await h.PostAsync($"v2/bot/user/all/richmenu/{id}", new JsonObject());
        var one = await h.PostAsync($"v2/bot/user/{user}/richmenu/{id}", new JsonObject());
        var missing = await h.PostAsync("v2/bot/user/all/richmenu/richmenu-nope", new JsonObject());

        Assert.Matches("^richmenu-[0-9a-f]{32}$", id);
        Assert.Equal(200, (int)upload.StatusCode);
        Assert.Equal(200, all.Status);
        Assert.Equal(200, one.Status);
        Assert.Equal(404, missing.Status);
        Assert.Equal(5, h.Emulator.Calls.Count(c => c.Path.Contains("richmenu", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Unlinking_a_users_rich_menu_hides_it_from_that_user_only()
    {
        await using var h = await StartAsync();
        var staff = h.Emulator.AddUser();
        var other = h.Emulator.AddUser();
        var id = await CreateStaffMenuAsync(h);
        await h.PostAsync($"v2/bot/user/{staff}/richmenu/{id}", new JsonObject());
        using var page = new HttpClient { BaseAddress = h.Emulator.BaseUrl };

        var linked = JsonNode.Parse(await page.GetStringAsync($"_emulator/richmenu?userId={staff}"))!;
        var otherSees = JsonNode.Parse(await page.GetStringAsync($"_emulator/richmenu?userId={other}"))!;
        using var unlink = await h.Api.DeleteAsync($"v2/bot/user/{staff}/richmenu");
        var unlinked = JsonNode.Parse(await page.GetStringAsync($"_emulator/richmenu?userId={staff}"))!;
        using var unknown = await h.Api.DeleteAsync("v2/bot/user/U00000000000000000000000000000000/richmenu");

        Assert.Equal(id, linked["richMenuId"]!.GetValue<string>());
        Assert.Null(otherSees["richMenuId"]);
        Assert.Equal(200, (int)unlink.StatusCode);
        Assert.Null(unlinked["richMenuId"]);
        Assert.Equal(404, (int)unknown.StatusCode);
    }

    [Fact]
    public async Task A_deleted_rich_menu_is_gone_for_its_users_and_can_no_longer_be_linked()
    {
        await using var h = await StartAsync();
        var staff = h.Emulator.AddUser();
        var id = await CreateStaffMenuAsync(h);
        var kept = await CreateStaffMenuAsync(h);
        await h.PostAsync($"v2/bot/user/{staff}/richmenu/{id}", new JsonObject());
        using var page = new HttpClient { BaseAddress = h.Emulator.BaseUrl };

        using var deleted = await h.Api.DeleteAsync($"v2/bot/richmenu/{id}");
        var body = await deleted.Content.ReadAsStringAsync();
        var seen = JsonNode.Parse(await page.GetStringAsync($"_emulator/richmenu?userId={staff}"))!;
        using var again = await h.Api.DeleteAsync($"v2/bot/richmenu/{id}");
        var relink = await h.PostAsync($"v2/bot/user/{staff}/richmenu/{id}", new JsonObject());

        Assert.Equal(200, (int)deleted.StatusCode);
        Assert.Equal("{}", body);
        Assert.Null(seen["richMenuId"]);
        Assert.Equal(404, (int)again.StatusCode);
        Assert.Equal(404, relink.Status);
        Assert.Equal([kept], h.Emulator.RichMenuIds);
    }

    [Fact]
    public async Task A_rich_menu_without_a_chat_bar_text_is_refused_naming_the_property()
    {
        await using var h = await StartAsync();
        var menu = new JsonObject { ["size"] = new JsonObject(), ["name"] = "x", ["areas"] = new JsonArray() };

        var result = await h.PostAsync("v2/bot/richmenu", menu);

        Assert.Equal(400, result.Status);
        var properties = result.Body["details"]!.AsArray().Select(d => d!["property"]!.GetValue<string>());
        Assert.Equal(["chatBarText", "areas"], properties);
    }

    /// <summary>A one-button staff menu, created through the API; returns its id.</summary>
    private static async Task<string> CreateStaffMenuAsync(EmulatorHarness h)
    {
        var menu = new JsonObject
        {
            ["size"] = new JsonObject { ["width"] = 2500, ["height"] = 843 },
            ["selected"] = false, ["name"] = "staff", ["chatBarText"] = "เมนูเจ้าหน้าที่",
            ["areas"] = new JsonArray(new JsonObject
            {
                ["bounds"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = 2500, ["height"] = 843 },
                ["action"] = new JsonObject { ["type"] = "postback", ["data"] = "s|cases", ["label"] = "เรื่องร้องเรียน" },
            }),
        };
        return (await h.PostAsync("v2/bot/richmenu", menu)).Body["richMenuId"]!.GetValue<string>();
    }

    private static string MessageId(WebhookDelivery delivery) =>
        JsonNode.Parse(delivery.Body)!["events"]![0]!["message"]!["id"]!.GetValue<string>();
}
