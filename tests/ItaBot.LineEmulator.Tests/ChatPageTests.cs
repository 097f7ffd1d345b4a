using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static ItaBot.LineEmulator.Tests.Support.EmulatorHarness;

namespace ItaBot.LineEmulator.Tests;

public sealed class ChatPageTests
{
    [Fact]
    public async Task The_page_is_served_as_html_with_its_script()
    {
        await using var h = await StartAsync();
        using var page = new HttpClient { BaseAddress = h.Emulator.BaseUrl };

        using var response = await page.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<script>", html);
        Assert.Contains("/_emulator/send", html);
        Assert.Contains("lang=\"th\"", html);
    }

    [Fact]
    public async Task A_page_user_chats_with_the_bot_and_sees_both_sides()
    {
        await using var h = await StartAsync();
        using var page = new HttpClient { BaseAddress = h.Emulator.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };

        var created = await Post(page, "/_emulator/users", new JsonObject { ["displayName"] = "ผู้ทดลอง" });
        var userId = created["userId"]!.GetValue<string>();
        var sent = await Post(page, "/_emulator/send", new JsonObject { ["userId"] = userId, ["kind"] = "text", ["text"] = "สวัสดี" });
        var log = JsonNode.Parse(await page.GetStringAsync($"/_emulator/messages?userId={userId}&after=0&wait=5"))!;

        Assert.Equal(200, sent["status"]!.GetValue<int>());
        var entries = log["entries"]!.AsArray();
        Assert.Equal(["user", "bot"], entries.Select(e => e!["from"]!.GetValue<string>()));
        Assert.Equal("echo: สวัสดี", entries[1]!["message"]!["text"]!.GetValue<string>());
        Assert.Equal(entries[1]!["seq"]!.GetValue<long>(), log["last"]!.GetValue<long>());
        Assert.Equal("ผู้ทดลอง", h.Emulator.Users.Single().DisplayName);
    }

    [Fact]
    public async Task Page_postbacks_show_their_display_text_and_locations_default_to_bangkok()
    {
        await using var h = await StartAsync();
        h.Bot.Echo = false;
        using var page = new HttpClient { BaseAddress = h.Emulator.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var userId = (await Post(page, "/_emulator/users", new JsonObject()))["userId"]!.GetValue<string>();

        await Post(page, "/_emulator/send", new JsonObject
        {
            ["userId"] = userId, ["kind"] = "postback", ["data"] = "a=book", ["displayText"] = "นัดหมาย",
            ["params"] = new JsonObject { ["date"] = "2026-12-24" },
        });
        await Post(page, "/_emulator/send", new JsonObject { ["userId"] = userId, ["kind"] = "location" });
        var log = JsonNode.Parse(await page.GetStringAsync($"/_emulator/messages?userId={userId}&after=0"))!["entries"]!.AsArray();

        Assert.Equal("นัดหมาย", log[0]!["message"]!["text"]!.GetValue<string>());
        Assert.Equal(13.7563, log[1]!["message"]!["latitude"]!.GetValue<double>());
        var postback = h.Bot.Received.First().Json["events"]![0]!["postback"]!;
        Assert.Equal("2026-12-24", postback["params"]!["date"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_page_image_is_sent_to_the_bot_and_viewable_on_the_page()
    {
        await using var h = await StartAsync();
        using var page = new HttpClient { BaseAddress = h.Emulator.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var userId = (await Post(page, "/_emulator/users", new JsonObject()))["userId"]!.GetValue<string>();
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 9];

        await Post(page, "/_emulator/send", new JsonObject
        {
            ["userId"] = userId, ["kind"] = "image", ["imageBase64"] = "data:image/jpeg;base64," + Convert.ToBase64String(jpeg),
        });
        var log = JsonNode.Parse(await page.GetStringAsync($"/_emulator/messages?userId={userId}&after=0"))!["entries"]!.AsArray();
        var id = log[0]!["message"]!["id"]!.GetValue<string>();

        Assert.Equal(jpeg, await page.GetByteArrayAsync($"/_emulator/content/{id}"));
        Assert.Equal(jpeg, await h.Api.GetByteArrayAsync($"v2/bot/message/{id}/content"));
    }

    [Fact]
    public async Task Sending_for_an_unknown_page_user_is_refused()
    {
        await using var h = await StartAsync();
        using var page = new HttpClient { BaseAddress = h.Emulator.BaseUrl };

        using var response = await page.PostAsync("/_emulator/send", Json(new JsonObject { ["userId"] = "Unobody", ["text"] = "x" }));

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Empty(h.Bot.Received);
    }

    private static async Task<JsonObject> Post(HttpClient client, string path, JsonObject body)
    {
        using var response = await client.PostAsync(path, Json(body));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
