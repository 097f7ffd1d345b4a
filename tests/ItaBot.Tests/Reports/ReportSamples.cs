using ItaBot.Reports;

namespace ItaBot.Tests.Reports;

internal static class ReportSamples
{
    public static readonly OrganisationDetails Org = new(
        "เทศบาลตำบลหนองหัวแรต", "หนองบุญมาก", "นครราชสีมา", "นายสมชาย ใจดี", "นายกเทศมนตรีตำบลหนองหัวแรต");

    public static readonly byte[] WidePhoto = TestPng.Solid(1600, 900, 200, 40, 40);
    public const string NoGiftLink = "https://www.nonghuaratcity.go.th/news/no-gift-policy-2568";

    public static readonly byte[] SmallPhoto = TestPng.Solid(120, 160, 40, 120, 200);

    public static MeasuresReportModel Measures() => new(
        Org,
        2568,
        [
            new MeasureRow(
                1,
                "มาตรการเสริมสร้างความซื่อสัตย์สุจริต และปลูกฝังทัศนคติวัฒนธรรมที่ดีในการต่อต้านการทุจริต",
                [
                    new ActivityRow("จัดทำคู่มือการปฏิบัติงานของเจ้าหน้าที่", ["สำนักปลัด"], "ตุลาคม ๖๗ - มีนาคม ๖๘",
                        "ดำเนินการแล้วเสร็จ", 100, "มีคู่มือการปฏิบัติงานครบทุกภารกิจ", "ลดโอกาสในการเกิดการทุจริต", []),
                    new ActivityRow("ประกาศนโยบาย No Gift Policy", ["สำนักปลัด", "งานการเจ้าหน้าที่"], "ตุลาคม ๖๗ - มีนาคม ๖๘",
                        "ดำเนินการแล้วเสร็จ", 100, "ประกาศเผยแพร่ผ่านเว็บไซต์แล้ว", null,
                        [NoGiftLink]),
                ],
                []),
            new MeasureRow(
                2,
                "มาตรการการเปิดเผยข้อมูล และกำกับดูแลการเผยแพร่ข้อมูลสาธารณะ",
                [
                    new ActivityRow("เผยแพร่ข้อมูลสาธารณะบนเว็บไซต์", ["กองคลัง"], "ตุลาคม ๖๗ – กันยายน ๖๘",
                        "อยู่ระหว่างดำเนินการ", 60, null, "ประชาชนเข้าถึงข้อมูลได้สะดวก", []),
                ],
                [
                    new EvidencePhoto(WidePhoto, "image/png", "ภาพการประชุมชี้แจง"),
                    new EvidencePhoto(SmallPhoto, "image/png", null),
                ]),
            new MeasureRow(3, "มาตรการจัดการเรื่องร้องเรียนการทุจริต", [], []),
        ],
        new DateOnly(2025, 10, 15));

    public static ComplaintStatisticsModel Statistics(int? half = 1) => new(
        Org,
        2025,
        half,
        new DateOnly(2024, 10, 1),
        new DateOnly(2025, 3, 31),
        new DateOnly(2025, 3, 31),
        new ComplaintCounts(12, 9, 3),
        [
            new MonthCount(2024, 10, 3, 5),
            new MonthCount(2024, 11, 4, 2),
            new MonthCount(2025, 1, 5, 7),
        ],
        [new StageCount("รับเรื่อง", 2), new StageCount("ตรวจสอบข้อเท็จจริง", 1), new StageCount("แจ้งผล, ปิดเรื่อง", 9)],
        2,
        new DeadlineStats(10, 1.25, 9),
        new DeadlineStats(8, 5.333333, 7),
        [new FeedbackCategoryRow("ถนน \"ชำรุด\"", 6, 5, 4), new FeedbackCategoryRow("ไฟฟ้า", 8, 8, 6)],
        // Nine complainants rated by the end of March, but the mean let out last counts to February's end (five of them).
        new SatisfactionStats(9, new SatisfactionRelease(new DateOnly(2025, 2, 28), 5, 22)),
        new SatisfactionStats(6, new SatisfactionRelease(new DateOnly(2025, 3, 31), 6, 21)));
}
