using ItaBot.Dialogs;
using ItaBot.Dialogs.Tests.Support;

namespace ItaBot.Dialogs.Tests;

/// <summary>One broken file per rule; each error must name the file and the step.</summary>
public sealed class ValidationTests
{
    private static string OneStep(string step) => $"""
        id: t
        title: ทดสอบ
        steps:
        {step}
          - id: done
            type: end
            action: test.done
        """;

    private static void FailsWith(string yaml, params string[] fragments)
    {
        var errors = Sources.Errors(Sources.Flow(yaml));
        Assert.Contains(errors, e => fragments.All(e.Contains));
    }

    [Fact]
    public void A_valid_small_flow_loads()
    {
        var catalog = Sources.Load(Sources.Flow(OneStep("  - { id: ask, type: text, say: พิมพ์ค่ะ }")));

        Assert.Equal(2, catalog.Flow("t").Steps.Count);
    }

    [Fact]
    public void An_unknown_step_type_is_reported()
    {
        FailsWith(OneStep("  - { id: ask, type: slider, say: เลือกค่ะ }"), "test.yaml", "step 'ask'", "unknown step type 'slider'");
    }

    [Fact]
    public void An_unknown_key_is_reported()
    {
        FailsWith(OneStep("  - { id: ask, type: text, say: พิมพ์ค่ะ, colour: red }"), "test.yaml", "step 'ask'", "unknown key 'colour'");
    }

    [Fact]
    public void A_key_of_another_step_type_is_unknown_here()
    {
        FailsWith(OneStep("  - { id: ask, type: text, say: พิมพ์ค่ะ, max_items: 3 }"), "step 'ask'", "unknown key 'max_items'");
    }

    [Fact]
    public void A_missing_required_text_is_reported()
    {
        FailsWith(OneStep("  - { id: ask, type: text }"), "test.yaml", "step 'ask'", "missing required text 'say'");
    }

    [Fact]
    public void A_texts_file_missing_a_host_key_is_reported()
    {
        var texts = ShippedDialogs.Texts.Content.Replace("track.too_many:", "track.too_much:");

        var error = Assert.Throws<DialogValidationException>(() => FlowCatalog.Load([new FlowSource("texts.yaml", texts)]));

        Assert.Contains(error.Errors, e => e.Contains("texts.yaml") && e.Contains("missing required text 'track.too_many'"));
    }

    [Fact]
    public void A_label_over_20_graphemes_is_reported()
    {
        FailsWith(OneStep("""
              - id: pick
                type: choice
                say: เลือกค่ะ
                options:
                  - { label: เปิดเผยตัวตน (เก็บเป็นความลับ), value: named }
            """), "step 'pick'", "label 'เปิดเผยตัวตน (เก็บเป็นความลับ)'", "over 20");
    }

    [Fact]
    public void Thai_combining_marks_count_as_one_character_in_a_label()
    {
        var catalog = Sources.Load(Sources.Flow(OneStep("""
              - id: pick
                type: choice
                say: เลือกค่ะ
                options:
                  - { label: แจ้งชื่อ (เก็บเป็นความลับ), value: named }
            """)));

        Assert.Equal(26, catalog.Flow("t").Step("pick").Options[0].Label.Length);
    }

    [Fact]
    public void More_than_13_quick_replies_counting_back_and_cancel_is_reported()
    {
        var options = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"      - {{ label: ข้อ {i}, value: v{i} }}"));
        FailsWith(OneStep($"""
              - id: pick
                type: choice
                say: เลือกค่ะ
                options:
            {options}
            """), "step 'pick'", "14 quick-reply buttons", "more than 13");
    }

    [Fact]
    public void An_unknown_slot_in_a_template_is_reported()
    {
        FailsWith(OneStep("  - { id: ask, type: text, say: 'สวัสดี {nickname} ค่ะ' }"), "step 'ask'", "unknown slot '{nickname}'");
    }

    [Fact]
    public void A_declared_host_slot_may_be_used_in_a_template()
    {
        var yaml = OneStep("  - { id: ask, type: text, say: 'ดูที่ {privacy_url} ค่ะ' }").Replace("steps:", "host_slots: [privacy_url]\nsteps:");

        Assert.NotNull(Sources.Load(Sources.Flow(yaml)));
    }

    [Fact]
    public void An_unknown_slot_in_a_host_text_is_reported()
    {
        var texts = ShippedDialogs.Texts.Content.Replace("เลขที่อ้างอิง {ref_no}", "เลขที่อ้างอิง {ref}");

        var error = Assert.Throws<DialogValidationException>(() => FlowCatalog.Load([new FlowSource("texts.yaml", texts)]));

        Assert.Contains(error.Errors, e => e.Contains("text 'feedback.submitted'") && e.Contains("unknown slot '{ref}'"));
    }

    [Fact]
    public void A_host_text_that_declares_a_slot_it_never_uses_is_reported()
    {
        var texts = ShippedDialogs.Texts.Content.Replace(
            "text: \"ยกเลิกสิทธิ์เจ้าหน้าที่ #{id} แล้วค่ะ มีผลตั้งแต่ข้อความถัดไปของผู้นั้น\"",
            "text: ยกเลิกสิทธิ์เจ้าหน้าที่ #{id} แล้วค่ะ มีผลตั้งแต่ข้อความถัดไปของผู้นั้น");
        Assert.NotEqual(ShippedDialogs.Texts.Content, texts);

        var error = Assert.Throws<DialogValidationException>(() => FlowCatalog.Load([new FlowSource("texts.yaml", texts)]));

        Assert.Contains(error.Errors, e => e.Contains("text 'staffadmin.revoked'") && e.Contains("declares slot 'id'"));
    }

    [Fact]
    public void A_next_to_a_missing_step_is_reported()
    {
        FailsWith(OneStep("  - { id: ask, type: text, say: พิมพ์ค่ะ, next: nowhere }"), "step 'ask'", "missing step 'nowhere'");
    }

    [Fact]
    public void An_option_going_to_a_missing_step_is_reported()
    {
        FailsWith(OneStep("""
              - id: pick
                type: choice
                say: เลือกค่ะ
                options:
                  - { label: ใช่, value: y, next: gone }
            """), "step 'pick'", "missing step 'gone'");
    }

    [Fact]
    public void A_duplicate_step_id_is_reported()
    {
        FailsWith(OneStep("  - { id: done, type: text, say: พิมพ์ค่ะ }"), "test.yaml", "step 'done'", "duplicate id");
    }

    [Fact]
    public void Postback_data_over_300_chars_is_reported()
    {
        var value = new string('x', 290);
        var step = "  - id: pick\n    type: choice\n    say: เลือกค่ะ\n    options:\n      - { label: ยาว, value: " + value + " }";
        FailsWith(OneStep(step), "step 'pick'", "postback data", "over 300");
    }

    [Fact]
    public void A_flow_with_no_steps_is_reported()
    {
        FailsWith("id: t\ntitle: ว่าง\nsteps: []\n", "test.yaml", "the flow has no steps");
    }

    [Fact]
    public void Too_many_message_steps_in_a_row_are_reported()
    {
        var messages = string.Join("\n", Enumerable.Range(1, 4).Select(i => $"  - {{ id: m{i}, type: message, say: ข้อความ {i} }}"));
        FailsWith(OneStep(messages), "step 'm1'", "message steps in a row");
    }

    [Fact]
    public void A_screen_to_a_missing_flow_is_reported()
    {
        FailsWith(OneStep("""
              - id: ask
                type: text
                say: พิมพ์ค่ะ
                screen: { keywords: [โกง], ask: ย้ายไหมคะ, yes_label: ย้าย, no_label: ไม่ย้าย, to_flow: nothing, carry_to: what, declined: ไม่ได้ค่ะ }
            """), "step 'ask'", "missing flow 'nothing'");
    }

    [Fact]
    public void Broken_yaml_is_reported_with_the_file_name()
    {
        FailsWith("id: t\nsteps: [\n", "test.yaml");
    }

    [Fact]
    public void All_errors_are_collected_not_just_the_first()
    {
        var errors = Sources.Errors(Sources.Flow(OneStep("""
              - { id: a, type: slider, say: x }
              - { id: b, type: text, say: x, next: gone }
            """)));

        Assert.Contains(errors, e => e.Contains("step 'a'"));
        Assert.Contains(errors, e => e.Contains("step 'b'"));
    }

    [Fact]
    public void The_exception_message_lists_every_error()
    {
        var error = Assert.Throws<DialogValidationException>(() => Sources.Load(Sources.Flow(OneStep("  - { id: ask, type: text, say: '{x}', next: gone }"))));

        Assert.Contains("unknown slot '{x}'", error.Message);
        Assert.Contains("missing step 'gone'", error.Message);
    }
}
