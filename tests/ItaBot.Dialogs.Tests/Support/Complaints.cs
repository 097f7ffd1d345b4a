namespace ItaBot.Dialogs.Tests.Support;

internal static class Complaints
{
    public const string PrivacyUrl = "https://example.go.th/privacy";

    public static Transcript Started(Transcript? transcript = null) =>
        (transcript ?? new Transcript()).Start("complaint", new Dictionary<string, string> { ["privacy_url"] = PrivacyUrl });

    /// <summary>An anonymous complaint answered up to the evidence step.</summary>
    public static Transcript AtEvidence(Transcript? transcript = null)
    {
        var t = Started(transcript);
        t.Tap("รับทราบ").Tap("ไม่ประสงค์ออกนาม")
            .Say("นายสมชาย เจ้าหน้าที่กองช่าง")
            .Say("เรียกเงินสามพันบาทเพื่อเร่งออกใบอนุญาตก่อสร้าง")
            .Tap("เลือกวันที่", date: "2025-06-01")
            .SendLocation("ตลาดสดเทศบาล");
        return t;
    }

    public static Transcript AtSummary(Transcript? transcript = null) => AtEvidence(transcript).Tap("ข้าม");
}
