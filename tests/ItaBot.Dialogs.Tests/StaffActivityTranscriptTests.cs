using ItaBot.Dialogs.Tests.Support;

namespace ItaBot.Dialogs.Tests;

public sealed class StaffActivityTranscriptTests
{
    private static Transcript Started() => new Transcript().Start("staff_activity", new Dictionary<string, string>
    {
        ["activity_id"] = "7", ["activity_title"] = "อบรมคุณธรรมจริยธรรม", ["current_status"] = "ยังไม่เริ่ม", ["current_progress"] = "0",
    });

    [Fact]
    public void An_update_still_in_progress_is_shown_for_confirmation_before_it_is_saved()
    {
        var t = Started().Tap("กำลังดำเนินการ").Tap("50%").Say("จัดอบรมไปแล้ว 1 ครั้ง").Tap("ข้าม").Tap("ข้าม");

        t.Say("https://example.go.th/ita/o42");

        t.BotSays("ตรวจสอบก่อนบันทึก");
        t.BotSays("ผลลัพธ์: (คงเดิม)");
        t.BotSays("รูปภาพที่เพิ่ม: 0 รูป");
        Assert.Null(t.Completion);
        t.Tap("ยืนยันบันทึก");
        Assert.Equal("staff.activity.update", t.Completion!.Action);
        Assert.Equal("in_progress", t.Completion.Slots["status"].Value);
    }

    [Fact]
    public void A_finished_update_is_confirmed_once_and_then_saved()
    {
        var t = Started().Tap("เสร็จสิ้น").Say("จัดอบรมแล้ว 2 ครั้ง").Tap("ข้าม").Tap("ข้าม");

        t.Tap("ข้าม");

        t.BotSays("(100%)");
        t.Tap("ยืนยันบันทึก");
        Assert.Equal("staff.activity.update", t.Completion!.Action);
        Assert.Null(t.State);
    }

    [Fact]
    public void A_link_typed_without_https_is_kept_and_text_without_a_link_is_asked_again()
    {
        var t = Started().Tap("กำลังดำเนินการ").Tap("50%").Tap("ข้าม").Tap("ข้าม").Tap("ข้าม");

        t.Say("ประกาศไว้ที่บอร์ดหน้าสำนักงาน");
        t.BotSays("ไม่พบลิงก์");
        t.Say("www.example.go.th/ita");

        t.BotSays("https://www.example.go.th/ita");
    }

    [Fact]
    public void A_step_whose_condition_fails_goes_on_to_the_step_written_after_it_not_to_its_own_next()
    {
        var catalog = Sources.Load(Sources.Flow("""
            id: t
            title: ทดสอบ
            steps:
              - id: pick
                type: choice
                say: เลือกค่ะ
                options:
                  - { label: ก, value: a }
                  - { label: ข, value: b }
              - id: only_a
                type: text
                when: { slot: pick, equals: a }
                say: ถามเฉพาะ ก ค่ะ
                next: last
              - id: only_b
                type: text
                when: { slot: pick, equals: b }
                say: ถามเฉพาะ ข ค่ะ
              - id: last
                type: end
                action: t.done
            """));
        var t = new Transcript(catalog).Start("t");

        t.Tap("ข");

        t.BotSays("ถามเฉพาะ ข ค่ะ");
    }
}
