using System.Text.Json.Nodes;
using static ItaBot.LineEmulator.Tests.Support.EmulatorHarness;

namespace ItaBot.LineEmulator.Tests;

public sealed class ObservingTests
{
    [Fact]
    public async Task Waiting_for_more_messages_than_arrive_times_out_listing_what_came()
    {
        await using var h = await StartAsync();
        var user = h.Emulator.AddUser();
        await h.PostAsync("v2/bot/message/push", PushBody(user, TextMessage("ข้อความแรก")));
        var started = DateTime.UtcNow;

        var error = await Assert.ThrowsAsync<TimeoutException>(() => h.Emulator.WaitForMessagesAsync(user, 2, TimeSpan.FromMilliseconds(300)));

        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));
        Assert.Contains("at least 2 message(s)", error.Message);
        Assert.Contains("1 arrived", error.Message);
        Assert.Contains("[push] text: ข้อความแรก", error.Message);
    }

    [Fact]
    public async Task Waiting_returns_as_soon_as_a_later_push_arrives()
    {
        await using var h = await StartAsync();
        var user = h.Emulator.AddUser();

        var waiting = h.Emulator.WaitForMessagesAsync(user, 1, TimeSpan.FromSeconds(10));
        await h.PostAsync("v2/bot/message/push", PushBody(user, TextMessage("มาแล้ว")));

        Assert.Equal("มาแล้ว", Assert.Single(await waiting).Text);
    }

    [Fact]
    public void A_flex_bubble_reads_as_its_stacked_texts_and_buttons()
    {
        var flex = JsonNode.Parse("""
            {"type":"flex","altText":"สถานะ","contents":{"type":"bubble",
              "header":{"type":"box","layout":"vertical","contents":[{"type":"text","text":"เรื่องที่ 42"}]},
              "body":{"type":"box","layout":"vertical","contents":[
                {"type":"text","text":"x","contents":[{"type":"span","text":"สถานะ: "},{"type":"span","text":"รับเรื่อง"}]}]},
              "footer":{"type":"box","layout":"vertical","contents":[
                {"type":"button","action":{"type":"postback","label":"ติดตาม","data":"a=track&id=42"}},
                {"type":"button","action":{"type":"uri","label":"เว็บ","uri":"https://example.go.th"}}]}},
             "quickReply":{"items":[{"type":"action","action":{"type":"message","label":"เมนู","text":"เมนู"}}]}}
            """)!.AsObject();

        var message = new DeliveredMessage("U1", "push", flex, DateTimeOffset.UnixEpoch);

        Assert.Equal("เรื่องที่ 42\nสถานะ: รับเรื่อง", message.Text);
        Assert.Equal(["เมนู"], message.QuickReplyLabels);
        Assert.Equal(
            [("เมนู", "เมนู", "message"), ("ติดตาม", "a=track&id=42", "postback"), ("เว็บ", "https://example.go.th", "uri")],
            message.Buttons);
    }

    [Fact]
    public void A_buttons_template_reads_as_title_text_and_actions()
    {
        var template = JsonNode.Parse("""
            {"type":"template","altText":"เลือก","template":{"type":"buttons","title":"ร้องเรียน","text":"เลือกประเภท",
             "actions":[{"type":"postback","label":"ทุจริต","data":"t=1","displayText":"ทุจริต"}]}}
            """)!.AsObject();

        var message = new DeliveredMessage("U1", "reply", template, DateTimeOffset.UnixEpoch);

        Assert.Equal("ร้องเรียน\nเลือกประเภท", message.Text);
        Assert.Equal([("ทุจริต", "t=1", "postback")], message.Buttons);
    }
}
