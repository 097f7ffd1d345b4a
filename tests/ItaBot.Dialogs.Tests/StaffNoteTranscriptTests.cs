using ItaBot.Dialogs.Tests.Support;

namespace ItaBot.Dialogs.Tests;

/// <summary>The officer's note flow when a case moves: the internal note, then what the complainant is told.</summary>
public sealed class StaffNoteTranscriptTests
{
    private static Transcript Move(string target, string label, string publicText) => new Transcript().Start("staff_note",
        new Dictionary<string, string>
        {
            ["case_id"] = "3", ["case_no"] = "ทจ-2569-0003", ["target"] = target, ["target_label"] = label, ["public_text"] = publicText,
        });

    [Fact]
    public void Telling_the_result_asks_for_it_after_the_internal_note_and_does_not_let_it_be_skipped()
    {
        var t = Move("notified", "แจ้งผลผู้ร้องแล้ว", "result");
        t.BotSays("เห็นเฉพาะเจ้าหน้าที่");

        t.Say("แจ้งทางรหัสรับเรื่อง");
        t.BotSays("ผลการดำเนินการที่แจ้งผู้ร้อง");
        t.BotSays("ไม่ประสงค์ออกนาม");
        Assert.DoesNotContain("ข้าม", t.Labels);
        t.Say("ก");
        Assert.Null(t.Completion);
        t.Say("ผู้บริหารมีคำสั่งยุติเรื่อง เนื่องจากไม่พบข้อเท็จจริงตามที่ร้องเรียน");

        Assert.Equal("staff.case.move", t.Completion!.Action);
        Assert.Equal("แจ้งทางรหัสรับเรื่อง", t.Completion.Slots["note"].Value);
        Assert.Equal("ผู้บริหารมีคำสั่งยุติเรื่อง เนื่องจากไม่พบข้อเท็จจริงตามที่ร้องเรียน", t.Completion.Slots["result"].Value);
    }

    [Fact]
    public void A_decision_offers_a_word_for_the_complainant_that_can_be_skipped()
    {
        var t = Move("dismissed", "ยุติเรื่อง", "note");

        t.Say("พยานไม่ยืนยัน");
        t.BotSays("จนกว่าเรื่องจะเปลี่ยนขั้นตอน");
        t.Tap("ข้าม");

        Assert.Equal("staff.case.move", t.Completion!.Action);
        Assert.Equal("", t.Completion.Slots["public_note"].Value);
        Assert.False(t.Completion.Slots.ContainsKey("result"));
    }

    [Fact]
    public void Forwarding_asks_for_the_agency_then_the_internal_note_then_the_word_for_the_complainant()
    {
        var t = Move("forwarded", "ส่งหน่วยงานอื่น", "note");
        t.BotSays("หน่วยงานใด");

        t.Say("สำนักงาน ป.ป.ช. ประจำจังหวัดนครราชสีมา");
        t.Say("อยู่ในอำนาจของ ป.ป.ช.");
        t.Say("ท่านติดตามต่อได้ที่สำนักงาน ป.ป.ช. ประจำจังหวัด");

        Assert.Equal("สำนักงาน ป.ป.ช. ประจำจังหวัดนครราชสีมา", t.Completion!.Slots["agency"].Value);
        Assert.Equal("อยู่ในอำนาจของ ป.ป.ช.", t.Completion.Slots["note"].Value);
        Assert.Equal("ท่านติดตามต่อได้ที่สำนักงาน ป.ป.ช. ประจำจังหวัด", t.Completion.Slots["public_note"].Value);
    }

    [Fact]
    public void A_move_with_nothing_to_tell_the_complainant_ends_after_the_internal_note()
    {
        var t = Move("review", "เริ่มพิจารณา", "none");

        t.Say("รับไว้พิจารณา");

        Assert.Equal("staff.case.move", t.Completion!.Action);
        Assert.False(t.Completion.Slots.ContainsKey("public_note"));
        Assert.False(t.Completion.Slots.ContainsKey("result"));
    }
}
