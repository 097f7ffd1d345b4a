using ItaBot.Dialogs;
using ItaBot.Dialogs.Tests.Support;

namespace ItaBot.Dialogs.Tests;

public sealed class FeedbackTranscriptTests
{
    private const string BribeText = "เจ้าหน้าที่ขอสินบนก่อนออกใบอนุญาตให้ค่ะ";

    [Fact]
    public void Plain_feedback_with_a_rating_and_a_line_reply_ends_in_a_feedback_completion()
    {
        var t = new Transcript().Start("feedback");

        t.BotOffers("การให้บริการ", "ระบบออนไลน์/E-Service", "ข้อมูลข่าวสาร", "ข้อเสนอแนะทั่วไป", "อื่น ๆ");
        t.Tap("การให้บริการ").Say("อยากให้เปิดรับชำระภาษีช่วงพักเที่ยงค่ะ");
        t.BotOffers("ข้าม");
        t.SendPhoto();
        t.BotSays("ได้รับแล้ว 1 รายการ");
        t.BotOffers("1", "5", "ข้าม");
        t.Tap("4").Tap("ต้องการ");
        t.BotOffers("ตอบทาง LINE");
        t.Tap("ตอบทาง LINE");

        var done = Assert.IsType<FlowCompletion>(t.Completion);
        Assert.Equal("feedback.submit", done.Action);
        Assert.Equal("service", done.Slots["category"].Value);
        Assert.Single(done.Slots["photo"].Items!);
        Assert.Equal("4", done.Slots["rating"].Value);
        Assert.Equal("line", done.Slots["contact"].Value);
    }

    [Fact]
    public void The_feedback_photo_step_offers_no_place_and_a_place_sent_anyway_is_not_counted()
    {
        var t = new Transcript().Start("feedback").Tap("การให้บริการ").Say("อยากให้เปิดรับชำระภาษีช่วงพักเที่ยงค่ะ");
        Assert.DoesNotContain("ส่งตำแหน่ง", t.Labels);

        t.SendLocation();

        t.BotSays("กรุณาส่งรูปภาพ 1 รูป");
        Assert.Equal("photo", t.State!.StepId);
        Assert.False(t.State.Slots.ContainsKey("photo"));
    }

    [Fact]
    public void A_photo_sent_after_the_limit_is_reached_is_said_not_to_be_kept()
    {
        var t = new Transcript().Start("feedback").Tap("การให้บริการ").Say("อยากให้เปิดรับชำระภาษีช่วงพักเที่ยงค่ะ").SendPhoto();

        t.SendPhoto();

        t.BotSays("ยังไม่ได้บันทึก");
        Assert.Single(t.State!.Slots["photo"].Items!);
    }

    [Fact]
    public void Feedback_that_needs_no_reply_skips_the_contact_question()
    {
        var t = new Transcript().Start("feedback");

        t.Tap("ข้อมูลข่าวสาร").Say("ประกาศบนเว็บไซต์อ่านยากค่ะ").Tap("ข้าม").Tap("ข้าม").Tap("ไม่ต้องการ");

        Assert.Equal("feedback.submit", t.Completion!.Action);
        Assert.False(t.Completion.Slots.ContainsKey("contact"));
        Assert.Equal("", t.Completion.Slots["rating"].Value);
    }

    [Fact]
    public void A_bribe_mentioned_in_feedback_is_steered_into_a_complaint_with_the_text_carried()
    {
        var t = new Transcript().Start("feedback", new Dictionary<string, string> { ["privacy_url"] = Complaints.PrivacyUrl });

        t.Tap("การให้บริการ").Say(BribeText);
        t.BotSays("ต้องการย้ายไปร้องเรียนการทุจริตไหม");
        t.Tap("ย้ายไปร้องเรียน");

        Assert.Equal("complaint", t.State!.FlowId);
        t.BotSays(Complaints.PrivacyUrl);
        t.Tap("รับทราบ").Tap("ไม่ประสงค์ออกนาม").Say("เจ้าหน้าที่กองช่าง");
        t.BotSays("เหตุเกิดวันที่เท่าไร");
        t.Tap("ไม่แน่ใจ").Tap("ข้าม").Tap("ข้าม");
        t.BotSays("เรื่องที่เกิดขึ้น: " + BribeText);
        t.Tap("ยืนยันส่งเรื่อง");
        Assert.Equal("complaint.submit", t.Completion!.Action);
        Assert.Equal(BribeText, t.Completion.Slots["what"].Value);
    }

    [Fact]
    public void A_steered_text_stays_editable_from_the_complaint_summary()
    {
        var t = new Transcript().Start("feedback");
        t.Tap("การให้บริการ").Say(BribeText).Tap("ย้ายไปร้องเรียน");
        t.Tap("รับทราบ").Tap("ไม่ประสงค์ออกนาม").Say("เจ้าหน้าที่กองช่าง").Tap("ไม่แน่ใจ").Tap("ข้าม").Tap("ข้าม");

        t.Tap("แก้ไข").Tap("เรื่องที่เกิดขึ้น").Say("ขอเงินห้าพันบาทเพื่อให้ผ่านการตรวจ");

        t.BotSays("เรื่องที่เกิดขึ้น: ขอเงินห้าพันบาทเพื่อให้ผ่านการตรวจ");
    }

    [Fact]
    public void Declining_the_move_drops_the_text_and_asks_for_the_feedback_again()
    {
        var t = new Transcript().Start("feedback");

        t.Tap("การให้บริการ").Say(BribeText).Tap("ไม่ย้าย");

        t.BotSays("ข้อความนี้ไม่ได้บันทึกไว้");
        t.BotSays("พิมพ์ความคิดเห็นหรือข้อเสนอแนะ");
        Assert.Equal("message", t.State!.StepId);
        Assert.False(t.State.Slots.ContainsKey("message"));
        t.Say("ขอชมเจ้าหน้าที่ที่ให้บริการรวดเร็วค่ะ");
        Assert.Equal("photo", t.State!.StepId);
    }
}
