using System.Text.Json.Nodes;
using static ItaBot.LineEmulator.Tests.Support.EmulatorHarness;

namespace ItaBot.LineEmulator.Tests;

public sealed class ValidationTests
{
    private static JsonObject QuickReplyText(int items, string label) => new()
    {
        ["type"] = "text",
        ["text"] = "เลือก",
        ["quickReply"] = new JsonObject
        {
            ["items"] = new JsonArray([.. Enumerable.Range(0, items).Select(i => (JsonNode)new JsonObject
            {
                ["type"] = "action",
                ["action"] = new JsonObject { ["type"] = "postback", ["label"] = i == 2 ? label : "ตกลง", ["data"] = $"i={i}" },
            })]),
        },
    };

    [Fact]
    public async Task A_quick_reply_label_of_21_thai_graphemes_is_refused_with_its_property_path()
    {
        await using var h = await StartAsync();
        var user = h.Emulator.AddUser();
        var label = string.Concat(Enumerable.Repeat("ที่", 21));

        var result = await h.PostAsync("v2/bot/message/push", PushBody(user, QuickReplyText(3, label)));

        Assert.Equal(400, result.Status);
        Assert.Equal("The request body has 1 error(s)", result.Body["message"]!.GetValue<string>());
        var detail = result.Body["details"]![0]!;
        Assert.Equal("messages[0].quickReply.items[2].action.label", detail["property"]!.GetValue<string>());
        Assert.Equal("Length must be between 0 and 20", detail["message"]!.GetValue<string>());
        Assert.Empty(h.Emulator.MessagesTo(user));
    }

    [Fact]
    public async Task A_20_grapheme_thai_label_of_60_utf16_units_is_accepted()
    {
        await using var h = await StartAsync();
        var label = string.Concat(Enumerable.Repeat("ที่", 20));
        Assert.Equal(60, label.Length);

        var result = await h.PostAsync("v2/bot/message/push", PushBody(h.Emulator.AddUser(), QuickReplyText(3, label)));

        Assert.Equal(200, result.Status);
    }

    [Fact]
    public async Task Fourteen_quick_reply_items_are_refused()
    {
        await using var h = await StartAsync();

        var result = await h.PostAsync("v2/bot/message/push", PushBody(h.Emulator.AddUser(), QuickReplyText(14, "ตกลง")));

        Assert.Equal(400, result.Status);
        Assert.Equal("messages[0].quickReply.items", result.Body["details"]![0]!["property"]!.GetValue<string>());
    }

    [Fact]
    public async Task Empty_and_over_long_texts_unknown_types_and_six_messages_are_each_reported()
    {
        await using var h = await StartAsync();
        var user = h.Emulator.AddUser();
        var body = PushBody(user,
            TextMessage(""),
            new JsonObject { ["type"] = "carousel" },
            TextMessage(new string('ก', 5001)),
            TextMessage("a"), TextMessage("b"), TextMessage("c"));

        var result = await h.PostAsync("v2/bot/message/push", body);

        Assert.Equal(400, result.Status);
        Assert.Equal("The request body has 4 error(s)", result.Body["message"]!.GetValue<string>());
        var properties = result.Body["details"]!.AsArray().Select(d => d!["property"]!.GetValue<string>()).ToList();
        Assert.Equal(["messages", "messages[0].text", "messages[1].type", "messages[2].text"], properties);
    }

    [Fact]
    public async Task Templates_and_flex_follow_their_own_limits()
    {
        await using var h = await StartAsync();
        var user = h.Emulator.AddUser();
        JsonObject Action(string label) => new() { ["type"] = "message", ["label"] = label, ["text"] = label };
        var confirm = new JsonObject
        {
            ["type"] = "template", ["altText"] = "ยืนยัน",
            ["template"] = new JsonObject { ["type"] = "confirm", ["text"] = "ยืนยัน?", ["actions"] = new JsonArray(Action("ใช่"), Action("ไม่"), Action("อาจจะ")) },
        };
        var flex = new JsonObject
        {
            ["type"] = "flex", ["altText"] = "สถานะ",
            ["contents"] = new JsonObject
            {
                ["type"] = "bubble",
                ["footer"] = new JsonObject
                {
                    ["type"] = "box", ["layout"] = "vertical",
                    ["contents"] = new JsonArray(new JsonObject { ["type"] = "button", ["action"] = Action(new string('ก', 41)) }),
                },
            },
        };

        var result = await h.PostAsync("v2/bot/message/push", PushBody(user, confirm, flex));

        var properties = result.Body["details"]!.AsArray().Select(d => d!["property"]!.GetValue<string>()).ToList();
        Assert.Equal(["messages[0].template.actions", "messages[1].contents.footer.contents[0].action.label"], properties);
    }

    [Fact]
    public async Task A_body_over_two_megabytes_is_413()
    {
        await using var h = await StartAsync();
        var body = PushBody(h.Emulator.AddUser(), TextMessage(new string('a', (2 * 1024 * 1024) + 10)));

        var result = await h.PostAsync("v2/bot/message/push", body);

        Assert.Equal(413, result.Status);
    }

    [Fact]
    public async Task The_validate_endpoint_checks_without_sending()
    {
        await using var h = await StartAsync();
        var ok = new JsonObject { ["messages"] = new JsonArray(TextMessage("ok")) };
        var bad = new JsonObject { ["messages"] = new JsonArray(TextMessage("")) };

        var accepted = await h.PostAsync("v2/bot/message/validate/push", ok);
        var refused = await h.PostAsync("v2/bot/message/validate/push", bad);

        Assert.Equal(200, accepted.Status);
        Assert.Equal(400, refused.Status);
        Assert.Equal("May not be empty", refused.Body["details"]![0]!["message"]!.GetValue<string>());
    }
}
