using ItaBot.Dialogs.Tests.Support;

namespace ItaBot.Dialogs.Tests;

public sealed class StoryPiecesTests
{
    private static Transcript AtWhat() =>
        new Transcript().Start("complaint").Tap("รับทราบ").Tap("ไม่ประสงค์ออกนาม").Say("เจ้าหน้าที่กองช่าง");

    [Fact]
    public void A_story_told_in_several_messages_is_kept_whole_and_the_date_is_asked_again()
    {
        var t = AtWhat().Say("เมื่อเดือนที่แล้วไปขอใบอนุญาตก่อสร้าง");

        t.Say("เจ้าหน้าที่บอกว่าต้องจ่ายเพิ่ม 3,000 บาท").Say("ถ้าไม่จ่ายจะไม่ออกใบอนุญาตให้").Say("ฉันจึงจ่ายไป มีสลิปโอนเงินค่ะ");

        t.BotSays("เพิ่มข้อความนี้ใน \"เรื่องที่เกิดขึ้น\" แล้ว");
        t.BotSays("เหตุเกิดวันที่เท่าไร");
        Assert.Equal("when", t.State!.StepId);
        Assert.Equal(
            "เมื่อเดือนที่แล้วไปขอใบอนุญาตก่อสร้าง\nเจ้าหน้าที่บอกว่าต้องจ่ายเพิ่ม 3,000 บาท\nถ้าไม่จ่ายจะไม่ออกใบอนุญาตให้\nฉันจึงจ่ายไป มีสลิปโอนเงินค่ะ",
            t.State.Slots["what"].Value);
        Assert.Equal(0, t.State.Retries);
    }

    [Fact]
    public void A_short_word_at_the_date_question_is_a_wrong_date_not_part_of_the_story()
    {
        var t = AtWhat().Say("เจ้าหน้าที่เรียกเงินค่าต่อใบอนุญาตเพิ่ม");

        t.Say("จำไม่ได้");

        t.BotSays("กรุณาเลือกวันที่");
        Assert.Equal("เจ้าหน้าที่เรียกเงินค่าต่อใบอนุญาตเพิ่ม", t.State!.Slots["what"].Value);
    }

    [Fact]
    public void Wrong_answers_past_the_retry_limit_keep_the_draft_and_say_so()
    {
        var t = AtWhat().Say("เจ้าหน้าที่เรียกเงินค่าต่อใบอนุญาตเพิ่ม");

        t.Say("?").Say("??").Say("???").Say("????");

        t.BotSays("ข้อมูลที่กรอกไว้ยังอยู่ครบ");
        Assert.Equal("when", t.State!.StepId);
        Assert.Equal("เจ้าหน้าที่เรียกเงินค่าต่อใบอนุญาตเพิ่ม", t.State.Slots["what"].Value);
        t.Tap("ไม่แน่ใจ");
        Assert.Equal("where", t.State!.StepId);
    }

    [Fact]
    public void More_without_a_label_is_reported_at_load()
    {
        var errors = Sources.Errors(Sources.Flow("""
            id: t
            title: ทดสอบ
            steps:
              - { id: story, type: text, say: เล่าค่ะ, more: true }
              - { id: done, type: end, action: t.done }
            """));

        Assert.Contains(errors, e => e.Contains("'more' needs a 'label'"));
    }
}
