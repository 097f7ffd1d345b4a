using ItaBot.Line.Messaging;

namespace ItaBot.Line.Tests;

public sealed class MessageValidatorTests
{
    // FACTS §4 counts: 11 + 7 + 1 + 1 = 20 graphemes in 32 UTF-16 units.
    private const string Thai20 = "ติดต่อเจ้าหน้าที่" + "สวัสดีครับ" + "ที่" + "ทำ";

    private static IReadOnlyList<string> Check(params Message[] messages) => MessageValidator.Validate(messages);

    private static TextMessage WithQuickReply(params LineAction[] actions) =>
        new("เลือก") { QuickReply = new QuickReply { Items = actions.Select(a => new QuickReplyItem(a)).ToList() } };

    private static string Single(IReadOnlyList<string> problems) => Assert.Single(problems);

    [Fact]
    public void The_thai_label_sample_is_20_graphemes_but_longer_in_utf16()
    {
        Assert.Equal(20, LineText.Graphemes(Thai20));
        Assert.Equal(32, Thai20.Length);
    }

    [Fact]
    public void A_20_grapheme_thai_label_passes_and_21_fails()
    {
        Assert.Empty(Check(WithQuickReply(new PostbackAction(Thai20, "a=1"))));
        var problem = Single(Check(WithQuickReply(new MessageAction("x", "x"), new MessageAction("x", "x"), new PostbackAction(Thai20 + "ก", "a=1"))));
        Assert.Equal("messages[0].quickReply.items[2].action.label: 21 graphemes > 20", problem);
    }

    [Fact]
    public void One_to_five_messages_are_allowed()
    {
        Assert.Empty(Check(Enumerable.Range(0, 5).Select(i => (Message)new TextMessage($"m{i}")).ToArray()));
        Assert.Equal("messages: 0 items, need 1 to 5", Single(Check()));
        Assert.Equal("messages: 6 items, need 1 to 5", Single(Check(Enumerable.Range(0, 6).Select(i => (Message)new TextMessage($"m{i}")).ToArray())));
    }

    [Fact]
    public void Text_must_be_non_empty_and_at_most_5000_utf16_units()
    {
        Assert.Empty(Check(new TextMessage(new string('ท', 5000))));
        Assert.Equal("messages[0].text: 5001 characters > 5000", Single(Check(new TextMessage(new string('ท', 5001)))));
        Assert.Equal("messages[0].text: required", Single(Check(new TextMessage(""))));
        // Emoji are two units each, so 2501 of them exceed the limit.
        Assert.NotEmpty(Check(new TextMessage(string.Concat(Enumerable.Repeat("🍎", 2501)))));
    }

    [Fact]
    public void A_quick_reply_holds_1_to_13_items()
    {
        var thirteen = Enumerable.Range(0, 13).Select(i => (LineAction)new MessageAction($"{i}", $"{i}")).ToArray();
        Assert.Empty(Check(WithQuickReply(thirteen)));
        Assert.Equal("messages[0].quickReply.items: 14 items, need 1 to 13", Single(Check(WithQuickReply([.. thirteen, new MessageAction("x", "x")]))));
        Assert.Equal("messages[0].quickReply.items: 0 items, need 1 to 13", Single(Check(WithQuickReply())));
    }

    [Fact]
    public void Quick_reply_labels_are_required()
    {
        Assert.Equal("messages[0].quickReply.items[0].action.label: required", Single(Check(WithQuickReply(new CameraAction(null)))));
    }

    [Fact]
    public void Postback_data_is_at_most_300_characters()
    {
        Assert.Empty(Check(WithQuickReply(new PostbackAction("ok", new string('d', 300)))));
        Assert.Equal("messages[0].quickReply.items[0].action.data: 301 characters > 300", Single(Check(WithQuickReply(new PostbackAction("ok", new string('d', 301))))));
        Assert.Equal("messages[0].quickReply.items[0].action.data: required", Single(Check(WithQuickReply(new PostbackAction("ok", "")))));
    }

    [Fact]
    public void Display_text_and_message_text_are_at_most_300_graphemes()
    {
        var thai300 = string.Concat(Enumerable.Repeat("ที่", 300));
        Assert.Empty(Check(WithQuickReply(new PostbackAction("ok", "d", thai300), new MessageAction("ok", thai300))));
        var problems = Check(WithQuickReply(new PostbackAction("ok", "d", thai300 + "ก"), new MessageAction("ok", thai300 + "ก")));
        Assert.Equal(
            ["messages[0].quickReply.items[0].action.displayText: 301 graphemes > 300", "messages[0].quickReply.items[1].action.text: 301 graphemes > 300"],
            problems);
    }

    [Fact]
    public void Fill_in_text_needs_open_keyboard_and_input_option_must_be_known()
    {
        Assert.Empty(Check(WithQuickReply(new PostbackAction("ok", "d") { InputOption = "openKeyboard", FillInText = "เลขที่: " })));
        Assert.Equal("messages[0].quickReply.items[0].action.fillInText: only allowed with inputOption openKeyboard",
            Single(Check(WithQuickReply(new PostbackAction("ok", "d") { FillInText = "x" }))));
        Assert.NotEmpty(Check(WithQuickReply(new PostbackAction("ok", "d") { InputOption = "openCamera" })));
    }

    [Fact]
    public void Uris_are_at_most_1000_characters_with_allowed_schemes()
    {
        Assert.Empty(Check(WithQuickReply(new UriAction("a", "https://x.go.th/" + new string('p', 984)), new UriAction("b", "tel:1111"), new UriAction("c", "line://ti/p/@x"), new UriAction("d", "http://x"))));
        Assert.Equal("messages[0].quickReply.items[0].action.uri: 1001 characters > 1000",
            Single(Check(WithQuickReply(new UriAction("a", "https://x.go.th/" + new string('p', 985))))));
        Assert.Equal("messages[0].quickReply.items[0].action.uri: scheme must be http, https, line or tel",
            Single(Check(WithQuickReply(new UriAction("a", "javascript:alert(1)")))));
    }

    [Fact]
    public void Camera_camera_roll_and_location_actions_are_allowed_only_in_quick_replies()
    {
        Assert.Empty(Check(WithQuickReply(new CameraAction("ถ่ายรูป"), new CameraRollAction("อัลบั้ม"), new LocationAction("ตำแหน่ง"))));
        var template = new TemplateMessage("alt", new ButtonsTemplate("text", [new CameraAction("ถ่ายรูป")]));
        Assert.Equal("messages[0].template.actions[0]: camera, cameraRoll and location actions are allowed only in quick replies", Single(Check(template)));
        var flex = new FlexMessage("alt", new FlexBubble { Body = new FlexBox("vertical", [new FlexButton(new LocationAction("ที่อยู่"))]) });
        Assert.Equal("messages[0].contents.body.contents[0].action: camera, cameraRoll and location actions are allowed only in quick replies", Single(Check(flex)));
    }

    [Fact]
    public void Datetime_picker_values_must_match_the_mode_and_order()
    {
        Assert.Empty(Check(WithQuickReply(
            new DatetimePickerAction("d", "a", "date", "2026-05-01", "2026-01-01", "2026-12-31"),
            new DatetimePickerAction("t", "a", "time", "09:00", "08:00", "16:30"),
            new DatetimePickerAction("dt", "a", "datetime", "2026-05-01t09:00"))));
        Assert.Equal("messages[0].quickReply.items[0].action.initial: must match yyyy-MM-dd",
            Single(Check(WithQuickReply(new DatetimePickerAction("d", "a", "date", "01/05/2026")))));
        Assert.Equal("messages[0].quickReply.items[0].action.max: must be later than min",
            Single(Check(WithQuickReply(new DatetimePickerAction("t", "a", "time", null, "10:00", "09:00")))));
        Assert.Equal("messages[0].quickReply.items[0].action.mode: must be date, time or datetime",
            Single(Check(WithQuickReply(new DatetimePickerAction("t", "a", "week")))));
    }

    [Fact]
    public void Clipboard_text_is_1_to_1000_characters()
    {
        Assert.Empty(Check(WithQuickReply(new ClipboardAction("copy", new string('c', 1000)))));
        Assert.NotEmpty(Check(WithQuickReply(new ClipboardAction("copy", new string('c', 1001)))));
        Assert.NotEmpty(Check(WithQuickReply(new ClipboardAction("copy", ""))));
    }

    [Fact]
    public void Alt_text_is_required_and_at_most_1500_characters()
    {
        var bubble = new FlexBubble { Body = new FlexBox("vertical", [new FlexText("x")]) };
        Assert.Empty(Check(new FlexMessage(new string('a', 1500), bubble)));
        Assert.Equal("messages[0].altText: 1501 characters > 1500", Single(Check(new FlexMessage(new string('a', 1501), bubble))));
        Assert.Equal("messages[0].altText: required", Single(Check(new TemplateMessage("", new ConfirmTemplate("ok?", [new MessageAction("y", "y"), new MessageAction("n", "n")])))));
    }

    [Fact]
    public void Flex_button_labels_may_have_40_graphemes_but_not_41()
    {
        FlexMessage WithButton(string label) => new("alt", new FlexBubble { Footer = new FlexBox("vertical", [new FlexButton(new PostbackAction(label, "d"))]) });
        Assert.Empty(Check(WithButton(Thai20 + Thai20)));
        Assert.Equal("messages[0].contents.footer.contents[0].action.label: 41 graphemes > 40", Single(Check(WithButton(Thai20 + Thai20 + "ก"))));
        Assert.Equal("messages[0].contents.footer.contents[0].action.label: required", Single(Check(WithButton(""))));
    }

    [Fact]
    public void A_flex_bubble_is_at_most_30_kb_of_json()
    {
        Assert.Empty(Check(new FlexMessage("alt", FlexSamples.OfSize(29_000))));
        var problem = Single(Check(new FlexMessage("alt", FlexSamples.OfSize(31_000))));
        Assert.Matches(@"^messages\[0\]\.contents: \d+ bytes of JSON > 30000$", problem);
    }

    [Fact]
    public void Thai_text_counts_three_bytes_a_character_toward_the_flex_size()
    {
        var bubble = new FlexBubble { Body = new FlexBox("vertical", [new FlexText(new string('ก', 10_500))]) };
        Assert.Single(Check(new FlexMessage("alt", bubble)));
    }

    [Fact]
    public void A_flex_carousel_has_at_most_12_bubbles_and_50_kb()
    {
        Assert.Empty(Check(new FlexMessage("alt", new FlexCarousel(Enumerable.Range(0, 12).Select(_ => FlexSamples.Receipt()).ToList()))));
        Assert.Equal("messages[0].contents.contents: 13 items, need 1 to 12",
            Single(Check(new FlexMessage("alt", new FlexCarousel(Enumerable.Range(0, 13).Select(_ => FlexSamples.Receipt()).ToList())))));
        var big = new FlexCarousel(Enumerable.Range(0, 2).Select(_ => FlexSamples.OfSize(26_000)).ToList());
        Assert.Matches(@"^messages\[0\]\.contents: \d+ bytes of JSON > 50000$", Single(Check(new FlexMessage("alt", big))));
    }

    [Fact]
    public void Carousel_bubbles_must_share_one_size()
    {
        var mixed = new FlexCarousel([FlexSamples.Receipt(), FlexSamples.OfSize(200)]);
        Assert.Equal("messages[0].contents.contents: all bubbles in a carousel must have the same size", Single(Check(new FlexMessage("alt", mixed))));
    }

    [Fact]
    public void Buttons_template_limits_title_text_and_actions()
    {
        var oneAction = new List<LineAction> { new MessageAction("ok", "ok") };
        Assert.Empty(Check(new TemplateMessage("alt", new ButtonsTemplate(new string('ก', 160), oneAction))));
        Assert.Equal("messages[0].template.text: 161 graphemes > 160", Single(Check(new TemplateMessage("alt", new ButtonsTemplate(new string('ก', 161), oneAction)))));
        Assert.Empty(Check(new TemplateMessage("alt", new ButtonsTemplate(new string('ก', 60), oneAction, new string('ท', 40)))));
        Assert.Equal(
            ["messages[0].template.title: 41 graphemes > 40", "messages[0].template.text: 61 graphemes > 60"],
            Check(new TemplateMessage("alt", new ButtonsTemplate(new string('ก', 61), oneAction, new string('ท', 41)))));
        Assert.Equal("messages[0].template.text: 61 graphemes > 60",
            Single(Check(new TemplateMessage("alt", new ButtonsTemplate(new string('ก', 61), oneAction, thumbnailImageUrl: "https://x/t.png")))));
        var five = Enumerable.Range(0, 5).Select(i => (LineAction)new MessageAction($"{i}", $"{i}")).ToList();
        Assert.Empty(Check(new TemplateMessage("alt", new ButtonsTemplate("t", five.Take(4).ToList()))));
        Assert.Equal("messages[0].template.actions: 5 items, need 1 to 4", Single(Check(new TemplateMessage("alt", new ButtonsTemplate("t", five)))));
    }

    [Fact]
    public void Confirm_template_has_text_up_to_240_and_exactly_two_actions()
    {
        List<LineAction> two = [new MessageAction("ใช่", "ใช่"), new MessageAction("ไม่", "ไม่")];
        Assert.Empty(Check(new TemplateMessage("alt", new ConfirmTemplate(new string('ก', 240), two))));
        Assert.Equal("messages[0].template.text: 241 graphemes > 240", Single(Check(new TemplateMessage("alt", new ConfirmTemplate(new string('ก', 241), two)))));
        Assert.Equal("messages[0].template.actions: 1 items, need exactly 2", Single(Check(new TemplateMessage("alt", new ConfirmTemplate("ok?", [two[0]])))));
    }

    [Fact]
    public void Carousel_template_has_up_to_10_columns_of_up_to_3_actions()
    {
        CarouselColumn Column(int actions) => new("text", Enumerable.Range(0, actions).Select(i => (LineAction)new MessageAction($"{i}", $"{i}")).ToList());
        Assert.Empty(Check(new TemplateMessage("alt", new CarouselTemplate(Enumerable.Range(0, 10).Select(_ => Column(3)).ToList()))));
        Assert.Equal("messages[0].template.columns: 11 items, need 1 to 10",
            Single(Check(new TemplateMessage("alt", new CarouselTemplate(Enumerable.Range(0, 11).Select(_ => Column(1)).ToList())))));
        Assert.Equal("messages[0].template.columns[0].actions: 4 items, need 1 to 3",
            Single(Check(new TemplateMessage("alt", new CarouselTemplate([Column(4)])))));
        Assert.Equal("messages[0].template.columns: every column must have the same number of actions",
            Single(Check(new TemplateMessage("alt", new CarouselTemplate([Column(1), Column(2)])))));
        Assert.Equal("messages[0].template.columns[0].text: 121 graphemes > 120",
            Single(Check(new TemplateMessage("alt", new CarouselTemplate([new CarouselColumn(new string('ก', 121), [new MessageAction("a", "a")])])))));
    }

    [Fact]
    public void Image_urls_must_be_https_and_location_fields_bounded()
    {
        Assert.Empty(Check(new ImageMessage("https://x/o.jpg", "https://x/p.jpg"), new LocationMessage("ที่", "ที่อยู่", 13.7, 100.5)));
        Assert.Equal("messages[0].previewImageUrl: must be an https URL", Single(Check(new ImageMessage("https://x/o.jpg", "http://x/p.jpg"))));
        Assert.Equal("messages[0].title: 101 characters > 100", Single(Check(new LocationMessage(new string('a', 101), "x", 0, 0))));
        Assert.Equal("messages[0].latitude: must be between -90 and 90", Single(Check(new LocationMessage("t", "a", 91, 0))));
    }

    [Fact]
    public void A_null_message_is_reported_not_thrown()
    {
        Assert.Equal("messages[0]: required", Single(MessageValidator.Validate([null!])));
    }
}
