using ItaBot.Dialogs;
using ItaBot.Dialogs.Tests.Support;

namespace ItaBot.Dialogs.Tests;

public sealed class UnsendTests
{
    [Fact]
    public void Unsending_a_photo_drops_that_evidence_item_only()
    {
        var t = Complaints.AtEvidence().SendPhoto();
        var first = t.LastMessageId!;
        t.SendPhoto();

        t.State = DialogEngine.RemoveMessage(t.State!, first);

        var items = t.State.Slots["evidence"].Items!;
        Assert.Single(items);
        Assert.DoesNotContain(items, i => i.MessageId == first);
        Assert.Equal("1", t.State.Slots["evidence"].Value);
    }

    [Fact]
    public void Unsending_a_text_answer_drops_it_and_it_is_asked_again_before_sending()
    {
        var t = Complaints.Started().Tap("รับทราบ").Tap("ไม่ประสงค์ออกนาม").Say("นายสมชาย เจ้าหน้าที่กองช่าง");
        var whoMessage = t.LastMessageId!;
        t.Say("เรียกเงินสามพันบาทเพื่อเร่งออกใบอนุญาต").Tap("ไม่แน่ใจ").Tap("ข้าม").Tap("ข้าม");
        t.BotSays("ตรวจสอบข้อมูลก่อนส่งเรื่อง");

        t.State = DialogEngine.RemoveMessage(t.State!, whoMessage);
        Assert.False(t.State.Slots.ContainsKey("who"));

        t.Tap("ยืนยันส่งเรื่อง");
        t.BotSays("ผู้ที่ท่านร้องเรียนคือใคร");
        Assert.Null(t.Completion);
        t.Say("ปลัดเทศบาล");
        t.Tap("ยืนยันส่งเรื่อง");
        Assert.Equal("ปลัดเทศบาล", t.Completion!.Slots["who"].Value);
    }
}
