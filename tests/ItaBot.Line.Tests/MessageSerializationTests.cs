using System.Text.Json;
using System.Text.Json.Nodes;
using ItaBot.Line.Messaging;

namespace ItaBot.Line.Tests;

public sealed class MessageSerializationTests
{
    [Fact]
    public void A_text_message_serialises_to_lines_shape_without_nulls()
    {
        Assert.Equal("[{\"type\":\"text\",\"text\":\"สวัสดีครับ\"}]", LineJson.Serialize([new TextMessage("สวัสดีครับ")]));
    }

    [Fact]
    public void The_reply_request_example_messages_survive_a_round_trip()
    {
        var messages = JsonNode.Parse(SharedFixtures.Text("api/reply-request.json"))!["messages"]!.ToJsonString();
        var parsed = LineJson.DeserializeMessages(messages);
        Assert.All(parsed, m => Assert.IsType<TextMessage>(m));
        JsonAssert.Equivalent(messages, LineJson.Serialize(parsed));
    }

    [Fact]
    public void The_push_request_example_messages_survive_a_round_trip()
    {
        var messages = JsonNode.Parse(SharedFixtures.Text("api/push-request.json"))!["body"]!["messages"]!.ToJsonString();
        var parsed = LineJson.DeserializeMessages(messages);
        Assert.Equal(["Hello, world1", "Hello, world2"], parsed.Cast<TextMessage>().Select(t => t.Text));
        JsonAssert.Equivalent(messages, LineJson.Serialize(parsed));
    }

    [Fact]
    public void A_quick_reply_with_every_action_type_matches_the_documented_shape()
    {
        var message = new TextMessage("แจ้งเรื่อง")
        {
            QuickReply = new QuickReply
            {
                Items =
                [
                    new QuickReplyItem(new PostbackAction("แจ้งเรื่อง", "a=report", "แจ้งเรื่อง") { InputOption = "openKeyboard", FillInText = "---" }),
                    new QuickReplyItem(new MessageAction("ใช่", "ใช่"), "https://example.com/yes.png"),
                    new QuickReplyItem(new UriAction("เว็บไซต์", "https://example.go.th")),
                    new QuickReplyItem(new DatetimePickerAction("นัดหมาย", "a=book", "date", "2026-01-05", "2026-01-01", "2026-12-31")),
                    new QuickReplyItem(new CameraAction("ถ่ายรูป")),
                    new QuickReplyItem(new CameraRollAction("เลือกรูป")),
                    new QuickReplyItem(new LocationAction("ส่งตำแหน่ง")),
                    new QuickReplyItem(new ClipboardAction("คัดลอก", "CASE-0001")),
                ],
            },
        };

        JsonAssert.Equivalent("""
            [{"type":"text","text":"แจ้งเรื่อง","quickReply":{"items":[
              {"type":"action","action":{"type":"postback","label":"แจ้งเรื่อง","data":"a=report","displayText":"แจ้งเรื่อง","inputOption":"openKeyboard","fillInText":"---"}},
              {"type":"action","imageUrl":"https://example.com/yes.png","action":{"type":"message","label":"ใช่","text":"ใช่"}},
              {"type":"action","action":{"type":"uri","label":"เว็บไซต์","uri":"https://example.go.th"}},
              {"type":"action","action":{"type":"datetimepicker","label":"นัดหมาย","data":"a=book","mode":"date","initial":"2026-01-05","min":"2026-01-01","max":"2026-12-31"}},
              {"type":"action","action":{"type":"camera","label":"ถ่ายรูป"}},
              {"type":"action","action":{"type":"cameraRoll","label":"เลือกรูป"}},
              {"type":"action","action":{"type":"location","label":"ส่งตำแหน่ง"}},
              {"type":"action","action":{"type":"clipboard","label":"คัดลอก","clipboardText":"CASE-0001"}}]}}]
            """, LineJson.Serialize([message]));
    }

    [Fact]
    public void The_type_discriminator_comes_first_so_lines_parser_and_ours_agree()
    {
        var json = LineJson.Serialize([new StickerMessage("446", "1988")]);
        Assert.StartsWith("[{\"type\":\"sticker\"", json);
    }

    [Fact]
    public void Image_location_and_sticker_messages_match_the_documented_shapes()
    {
        JsonAssert.Equivalent("""
            [{"type":"image","originalContentUrl":"https://example.com/o.jpg","previewImageUrl":"https://example.com/p.jpg"},
             {"type":"location","title":"สำนักงานเทศบาล","address":"1 ถนนหลัก","latitude":13.7563,"longitude":100.5018},
             {"type":"sticker","packageId":"446","stickerId":"1988"}]
            """, LineJson.Serialize(
            [
                new ImageMessage("https://example.com/o.jpg", "https://example.com/p.jpg"),
                new LocationMessage("สำนักงานเทศบาล", "1 ถนนหลัก", 13.7563, 100.5018),
                new StickerMessage("446", "1988"),
            ]));
    }

    [Fact]
    public void Templates_match_the_documented_shapes()
    {
        var buttons = new TemplateMessage("เมนู", new ButtonsTemplate("เลือกบริการ", [new PostbackAction("แจ้งเรื่อง", "a=report")], title: "บริการ"));
        var confirm = new TemplateMessage("ยืนยัน", new ConfirmTemplate("ส่งเรื่องนี้?", [new PostbackAction("ใช่", "a=yes"), new PostbackAction("ไม่", "a=no")]));
        var carousel = new TemplateMessage("เรื่อง", new CarouselTemplate([new CarouselColumn("เรื่องที่ 1", [new MessageAction("ดู", "ดู 1")], "CASE-1")]));

        JsonAssert.Equivalent("""
            [{"type":"template","altText":"เมนู","template":{"type":"buttons","title":"บริการ","text":"เลือกบริการ","actions":[{"type":"postback","label":"แจ้งเรื่อง","data":"a=report"}]}},
             {"type":"template","altText":"ยืนยัน","template":{"type":"confirm","text":"ส่งเรื่องนี้?","actions":[{"type":"postback","label":"ใช่","data":"a=yes"},{"type":"postback","label":"ไม่","data":"a=no"}]}},
             {"type":"template","altText":"เรื่อง","template":{"type":"carousel","columns":[{"title":"CASE-1","text":"เรื่องที่ 1","actions":[{"type":"message","label":"ดู","text":"ดู 1"}]}]}}]
            """, LineJson.Serialize([buttons, confirm, carousel]));
    }

    [Fact]
    public void A_flex_receipt_bubble_matches_lines_flex_json()
    {
        var flex = new FlexMessage("รับเรื่องแล้ว", FlexSamples.Receipt());

        JsonAssert.Equivalent("""
            [{"type":"flex","altText":"รับเรื่องแล้ว","contents":{"type":"bubble","size":"kilo",
              "hero":{"type":"image","url":"https://example.com/logo.png","size":"full","aspectRatio":"20:13","aspectMode":"cover"},
              "body":{"type":"box","layout":"vertical","spacing":"sm","contents":[
                {"type":"text","text":"รับเรื่องร้องเรียนแล้ว","size":"lg","weight":"bold","wrap":true},
                {"type":"separator","margin":"md"},
                {"type":"box","layout":"horizontal","contents":[
                  {"type":"text","text":"เลขที่","color":"#888888","wrap":true,"flex":2},
                  {"type":"text","text":"ITA-2026-0001","wrap":true,"flex":5,"align":"end"}]}]},
              "footer":{"type":"box","layout":"vertical","contents":[
                {"type":"button","action":{"type":"postback","label":"ติดตามเรื่อง","data":"a=track&id=1"},"style":"primary","height":"sm","color":"#1DB446"}]},
              "styles":{"footer":{"separator":true}}}}]
            """, LineJson.Serialize([flex]));
    }

    [Fact]
    public void A_flex_carousel_serialises_its_bubbles()
    {
        var json = LineJson.Serialize([new FlexMessage("เรื่อง", new FlexCarousel([FlexSamples.Receipt(), FlexSamples.Receipt()]))]);
        var contents = JsonNode.Parse(json)![0]!["contents"]!;
        Assert.Equal("carousel", (string?)contents["type"]);
        Assert.Equal(2, contents["contents"]!.AsArray().Count);
        Assert.Equal("bubble", (string?)contents["contents"]![1]!["type"]);
    }

    [Fact]
    public void Everything_serialised_reads_back_to_the_same_json()
    {
        IReadOnlyList<Message> messages =
        [
            new TextMessage("ขอบคุณค่ะ 🙏") { QuoteToken = "q1", QuickReply = new QuickReply { Items = [new QuickReplyItem(new CameraAction("ถ่ายรูป"))] } },
            new FlexMessage("ใบรับเรื่อง", FlexSamples.Receipt()),
            new FlexMessage("หลายเรื่อง", new FlexCarousel([FlexSamples.Receipt()])),
            new TemplateMessage("ยืนยัน", new ConfirmTemplate("ยืนยัน?", [new PostbackAction("ใช่", "y", "ใช่"), new UriAction("โทร", "tel:1111")])),
            new TemplateMessage("ปุ่ม", new ButtonsTemplate("เลือก", [new DatetimePickerAction("วัน", "d", "datetime", "2026-01-01T09:00")], "หัวข้อ", "https://example.com/t.png")
            {
                DefaultAction = new ClipboardAction("คัดลอก", "x"),
            }),
        ];

        var first = LineJson.Serialize(messages);
        var reloaded = LineJson.DeserializeMessages(first);

        Assert.Equal(first, LineJson.Serialize(reloaded));
        Assert.Equal(messages.Select(m => m.GetType()), reloaded.Select(m => m.GetType()));
        Assert.Equal("q1", ((TextMessage)reloaded[0]).QuoteToken);
        var body = ((FlexBubble)((FlexMessage)reloaded[1]).Contents).Body!;
        Assert.True(((FlexText)body.Contents[0]).Wrap);
    }

    [Fact]
    public void A_flex_text_keeps_wrap_false_when_asked()
    {
        var bubble = new FlexBubble { Body = new FlexBox("vertical", [new FlexText("x", wrap: false)]) };
        var json = LineJson.Serialize([new FlexMessage("x", bubble)]);
        Assert.Contains("\"wrap\":false", json);
        var reloaded = (FlexMessage)LineJson.DeserializeMessages(json)[0];
        Assert.False(((FlexText)((FlexBubble)reloaded.Contents).Body!.Contents[0]).Wrap);
    }

    [Fact]
    public void Reading_json_that_is_not_a_message_array_throws_a_json_exception()
    {
        Assert.ThrowsAny<JsonException>(() => LineJson.DeserializeMessages("null"));
        Assert.ThrowsAny<JsonException>(() => LineJson.DeserializeMessages("[{\"type\":\"hologram\"}]"));
    }
}
