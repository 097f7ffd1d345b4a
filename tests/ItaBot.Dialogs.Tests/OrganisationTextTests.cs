using ItaBot.Dialogs.Tests.Support;

namespace ItaBot.Dialogs.Tests;

/// <summary>The greeting, help and receipt name the organisation and, only when one is configured, its phone.</summary>
public sealed class OrganisationTextTests
{
    private static readonly FlowCatalog Catalog = ShippedDialogs.Catalog;

    private static IReadOnlyDictionary<string, string> Values(string phoneLine) => new Dictionary<string, string>
    {
        ["organisation"] = "เทศบาลตำบลหนองหัวแรต", ["phone_line"] = phoneLine,
    };

    [Fact]
    public void The_greeting_names_the_organisation_and_the_office_phone()
    {
        var phoneLine = Catalog.Text("org.phone_line", new Dictionary<string, string> { ["phone"] = "044-123-456" }).Text;

        var greeting = Catalog.Text("menu.greeting", Values(phoneLine)).Text;

        Assert.Contains("ยินดีต้อนรับสู่ช่องทางรับเรื่องของเทศบาลตำบลหนองหัวแรต", greeting);
        Assert.EndsWith("\nสอบถามเพิ่มเติม โทร 044-123-456 ค่ะ", greeting);
    }

    [Theory]
    [InlineData("menu.greeting")]
    [InlineData("menu.help")]
    public void Without_a_phone_the_text_ends_with_its_last_sentence_and_no_empty_line_or_dangling_call_word(string key)
    {
        var text = Catalog.Text(key, Values("")).Text;

        Assert.EndsWith("ค่ะ", text);
        Assert.DoesNotContain("\n\n", text);
        Assert.DoesNotContain("โทร", text);
    }

    [Fact]
    public void The_receipt_without_a_phone_ends_with_the_dates_and_with_one_names_it_on_its_own_line()
    {
        var values = new Dictionary<string, string>(Values(""))
        {
            ["case_no"] = "ทจ-2569-0001", ["receipt_code"] = "K7QF-9MZT-2WXA-H4PD", ["review_due"] = "12 ม.ค. 2569", ["result_due"] = "30 ม.ค. 2569",
        };

        var without = Catalog.Text("complaint.submitted", values).Text;
        values["phone_line"] = "สอบถามเพิ่มเติม โทร 1132 ค่ะ";
        var with = Catalog.Text("complaint.submitted_named", values).Text;

        Assert.StartsWith("เทศบาลตำบลหนองหัวแรต รับเรื่องร้องเรียนแล้วค่ะ", without);
        Assert.EndsWith("แจ้งผลภายใน 30 ม.ค. 2569 ค่ะ", without);
        Assert.EndsWith("โทรศัพท์ค่ะ\nสอบถามเพิ่มเติม โทร 1132 ค่ะ", with);
    }

    [Fact]
    public void A_line_of_fixed_text_stays_even_when_it_is_blank()
    {
        var texts = ShippedDialogs.Texts.Content.Replace(
            "    แจ้งเรื่องร้องเรียนการทุจริต แสดงความคิดเห็น หรือติดตามเรื่องได้ที่นี่ค่ะ\n    {phone_line}",
            "\n    แจ้งเรื่องร้องเรียนการทุจริต แสดงความคิดเห็น หรือติดตามเรื่องได้ที่นี่ค่ะ {phone_line}");
        Assert.NotEqual(ShippedDialogs.Texts.Content, texts);

        var greeting = FlowCatalog.Load(ShippedDialogs.With("texts.yaml", texts)).Text("menu.greeting", Values("")).Text;

        Assert.Contains("เทศบาลตำบลหนองหัวแรต\n\nแจ้งเรื่อง", greeting);
        Assert.EndsWith("ได้ที่นี่ค่ะ", greeting);
    }

    [Fact]
    public void A_clerk_may_leave_the_phone_out_of_the_greeting_but_not_the_organisation()
    {
        var noPhone = ShippedDialogs.Texts.Content
            .Replace("  slots: [organisation, phone_line]\n", "  slots: [organisation]\n")
            .Replace("หรือติดตามเรื่องได้ที่นี่ค่ะ\n    {phone_line}", "หรือติดตามเรื่องได้ที่นี่ค่ะ");
        var noName = noPhone.Replace("  slots: [organisation]\n", "").Replace("ช่องทางรับเรื่องของ{organisation}", "ช่องทางรับเรื่อง");

        Assert.NotNull(FlowCatalog.Load(ShippedDialogs.With("texts.yaml", noPhone)));
        var error = Assert.Throws<DialogValidationException>(() => FlowCatalog.Load(ShippedDialogs.With("texts.yaml", noName)));
        Assert.Contains(error.Errors, e => e.Contains("text 'menu.greeting'") && e.Contains("must declare slots organisation"));
    }

    [Fact]
    public void A_registered_text_declaring_a_slot_the_bot_does_not_fill_is_refused_at_load_not_in_a_citizen_s_chat()
    {
        var texts = ShippedDialogs.Texts.Content.Replace(
            "menu.prompt:\n  text: ต้องการทำรายการใดคะ", "menu.prompt:\n  slots: [phone_line]\n  text: \"{phone_line} ต้องการทำรายการใดคะ");
        texts = texts.Replace("กดเลือกจากปุ่มด้านล่างได้เลยค่ะ\nmenu.help", "กดเลือกจากปุ่มด้านล่างได้เลยค่ะ\"\nmenu.help");
        Assert.Contains("slots: [phone_line]\n  text: \"{phone_line}", texts);

        var error = Assert.Throws<DialogValidationException>(() => FlowCatalog.Load(ShippedDialogs.With("texts.yaml", texts)));

        Assert.Contains(error.Errors, e => e.Contains("text 'menu.prompt'") && e.Contains("gives no value for slots phone_line"));
    }
}
