using ItaBot.Dialogs;
using ItaBot.Dialogs.Tests.Support;

namespace ItaBot.Dialogs.Tests;

public sealed class SummaryEditTests
{
    [Fact]
    public void The_summary_card_offers_send_edit_and_cancel()
    {
        var t = Complaints.AtSummary();

        Assert.Equal(["ยืนยันส่งเรื่อง", "แก้ไข", "ยกเลิก"], t.Labels);
        Assert.Contains(t.Card.Rows, r => r.Label == "หลักฐาน" && r.Value == "ไม่ระบุ");
    }

    [Fact]
    public void Editing_one_field_from_the_summary_asks_it_and_returns_to_the_summary()
    {
        var t = Complaints.AtSummary();

        t.Tap("แก้ไข");
        t.BotSays("ต้องการแก้ไขข้อใด");
        t.BotOffers("การแจ้งชื่อ", "ผู้ถูกร้องเรียน", "เรื่องที่เกิดขึ้น", "วันที่เกิดเหตุ", "สถานที่", "หลักฐาน");
        t.Tap("ผู้ถูกร้องเรียน");
        t.BotSays("ผู้ที่ท่านร้องเรียนคือใคร");
        t.Say("ปลัดเทศบาล");

        t.BotSays("ผู้ถูกร้องเรียน: ปลัดเทศบาล");
        t.Tap("ยืนยันส่งเรื่อง");
        Assert.Equal("ปลัดเทศบาล", t.Completion!.Slots["who"].Value);
    }

    [Fact]
    public void Switching_to_named_from_the_summary_asks_only_the_new_name_and_phone()
    {
        var t = Complaints.AtSummary();

        t.Tap("แก้ไข").Tap("การแจ้งชื่อ").Tap("แจ้งชื่อ (เก็บเป็นความลับ)");
        t.BotSays("ชื่อและนามสกุล");
        t.Say("สมศรี ใจดี").Say("0812345678");

        t.BotSays("ชื่อ-นามสกุล: สมศรี ใจดี");
        t.BotSays("ผู้ถูกร้องเรียน: นายสมชาย");
    }

    [Fact]
    public void Going_back_from_the_edit_list_shows_the_summary_unchanged()
    {
        var t = Complaints.AtSummary();

        t.Tap("แก้ไข").Tap("ย้อนกลับ");

        t.BotSays("ผู้ถูกร้องเรียน: นายสมชาย เจ้าหน้าที่กองช่าง");
        Assert.Null(t.State!.Pending);
    }
}
