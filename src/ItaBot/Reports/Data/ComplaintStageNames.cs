using ItaBot.Complaints;

namespace ItaBot.Reports.Data;

/// <summary>Short stage names for tables, in the order a complaint moves through them.</summary>
public static class ComplaintStageNames
{
    private static readonly Dictionary<string, string> Names = new()
    {
        [ComplaintStage.Received] = "รับเรื่อง รอตรวจสอบ",
        [ComplaintStage.Review] = "ตรวจสอบข้อเท็จจริงเบื้องต้น",
        [ComplaintStage.Dismissed] = "ยุติเรื่อง",
        [ComplaintStage.Investigating] = "สอบสวนข้อเท็จจริง",
        [ComplaintStage.Forwarded] = "ส่งต่อหน่วยงานที่เกี่ยวข้อง",
        [ComplaintStage.Concluded] = "สอบสวนเสร็จ รอแจ้งผล",
        [ComplaintStage.Notified] = "แจ้งผลผู้ร้องเรียนแล้ว",
        [ComplaintStage.Closed] = "ปิดเรื่อง",
    };

    public static string Of(string stage) => Names.TryGetValue(stage, out var name) ? name : stage;
}
