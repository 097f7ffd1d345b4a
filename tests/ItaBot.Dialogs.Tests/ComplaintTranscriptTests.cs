using ItaBot.Dialogs;
using ItaBot.Dialogs.Tests.Support;

namespace ItaBot.Dialogs.Tests;

public sealed class ComplaintTranscriptTests
{
    [Fact]
    public void The_privacy_notice_comes_first_with_the_host_privacy_link()
    {
        var t = Complaints.Started();

        t.BotSays("ข้อมูลส่วนบุคคล");
        t.BotSays("เฉพาะเจ้าหน้าที่ผู้รับผิดชอบ");
        t.BotSays(Complaints.PrivacyUrl);
        Assert.Equal(["รับทราบ", "ยกเลิก"], t.Labels);
    }

    [Fact]
    public void An_anonymous_complaint_with_two_photos_and_a_location_ends_in_a_submit_completion()
    {
        var t = Complaints.Started();

        t.Tap("รับทราบ");
        t.BotSays("ไม่ประสงค์ออกนาม");
        t.BotSays("ติดตามเรื่องได้ด้วยรหัสรับเรื่องเท่านั้น");
        t.Tap("ไม่ประสงค์ออกนาม");
        t.BotSays("ผู้ที่ท่านร้องเรียนคือใคร");
        t.BotOffers("ย้อนกลับ", "ยกเลิก");
        t.Say("นายสมชาย เจ้าหน้าที่กองช่าง");
        t.BotSays("เกิดอะไรขึ้น");
        t.Say("เรียกเงินสามพันบาทเพื่อเร่งออกใบอนุญาตก่อสร้าง");
        t.BotOffers("เลือกวันที่", "ไม่แน่ใจ");
        t.Tap("เลือกวันที่", date: "2025-06-01");
        t.BotOffers("ส่งตำแหน่ง", "ข้าม");
        t.SendLocation("ตลาดสดเทศบาล", 15.25, 101.5);
        t.BotOffers("ถ่ายรูป", "เลือกรูปภาพ", "ข้าม");
        t.SendPhoto(setIndex: 1, setTotal: 2);
        Assert.Empty(t.Last.Messages);
        t.SendPhoto(setIndex: 2, setTotal: 2);
        t.BotSays("ได้รับแล้ว 2 รายการ");
        t.BotOffers("เสร็จแล้ว");
        t.Tap("เสร็จแล้ว");
        t.BotSays("ตรวจสอบข้อมูลก่อนส่งเรื่อง");
        t.BotSays("หลักฐาน: 2 รายการ");
        t.BotSays("สถานที่: ตลาดสดเทศบาล");
        t.BotSays("วันที่เกิดเหตุ: 1 มิถุนายน 2568");
        t.Tap("ยืนยันส่งเรื่อง");

        var done = Assert.IsType<FlowCompletion>(t.Completion);
        Assert.Null(t.State);
        Assert.Equal("complaint.submit", done.Action);
        Assert.Equal("anonymous", done.Slots["identity"].Value);
        Assert.False(done.Slots.ContainsKey("name"));
        Assert.Equal("นายสมชาย เจ้าหน้าที่กองช่าง", done.Slots["who"].Value);
        Assert.Equal("2025-06-01", done.Slots["when"].Value);
        Assert.Equal(15.25, done.Slots["where"].Items![0].Latitude);
        Assert.Equal(["image", "image"], done.Slots["evidence"].Items!.Select(i => i.Kind));
        Assert.Equal(Complaints.PrivacyUrl, done.Slots["privacy_url"].Value);
    }

    [Fact]
    public void A_named_complaint_keeps_the_name_and_a_normalised_phone()
    {
        var t = Complaints.Started().Tap("รับทราบ").Tap("แจ้งชื่อ (เก็บเป็นความลับ)");
        t.BotSays("ชื่อและนามสกุล");
        t.Say("สมศรี ใจดี").Say("081-234 5678");
        t.BotSays("ผู้ที่ท่านร้องเรียนคือใคร");

        Assert.Equal("สมศรี ใจดี", t.State!.Slots["name"].Value);
        Assert.Equal("0812345678", t.State.Slots["phone"].Value);
    }

    [Fact]
    public void An_invalid_phone_is_asked_again_with_the_hint_and_too_many_tries_keep_the_draft()
    {
        var t = Complaints.Started().Tap("รับทราบ").Tap("แจ้งชื่อ (เก็บเป็นความลับ)").Say("สมศรี ใจดี");

        t.Say("12345");
        t.BotSays("ต้องขึ้นต้นด้วย 0");
        t.BotOffers("ย้อนกลับ", "ยกเลิก");
        t.Say("ไม่มีเบอร์").Say("0000");
        Assert.NotNull(t.State);
        t.BotSays("ต้องขึ้นต้นด้วย 0");

        t.Say("ก");

        t.BotSays("ข้อมูลที่กรอกไว้ยังอยู่ครบ");
        t.BotOffers("ย้อนกลับ", "ยกเลิก");
        Assert.Equal("phone", t.State!.StepId);
        Assert.Equal("สมศรี ใจดี", t.State.Slots["name"].Value);
        t.Say("081-234-5678");
        Assert.Equal("who", t.State!.StepId);
    }

    [Fact]
    public void A_typed_date_in_the_buddhist_era_is_accepted_and_a_future_date_is_not()
    {
        var t = Complaints.AtEvidence();
        t.Tap("ย้อนกลับ").Tap("ย้อนกลับ");
        t.BotSays("เหตุเกิดวันที่เท่าไร");

        t.Say("20/12/2568");
        t.BotSays("ไม่เกินวันนี้");
        t.Say("๑๕/๓/๒๕๖๘");

        Assert.Equal("2025-03-15", t.State!.Slots["when"].Value);
    }

    [Fact]
    public void Help_explains_the_current_step_again_with_its_hint()
    {
        var t = Complaints.Started().Tap("รับทราบ").Tap("แจ้งชื่อ (เก็บเป็นความลับ)").Say("สมศรี ใจดี");

        t.Say("ช่วยเหลือ");

        t.BotSays("ต้องขึ้นต้นด้วย 0");
        t.BotSays("กรุณาพิมพ์เบอร์โทรศัพท์");
        Assert.Equal(0, t.State!.Retries);
    }

    [Fact]
    public void Declining_the_privacy_notice_ends_without_a_completion()
    {
        var t = Complaints.Started();

        t.Tap("ยกเลิก");

        Assert.Null(t.State);
        Assert.Null(t.Completion);
        t.BotSays("ยังไม่ได้เริ่มเรื่องร้องเรียน");
    }
}
