namespace ItaBot.Reports;

/// <summary>The titles, period wording and summary figures every statistics format shows alike.</summary>
internal static class ComplaintStatisticsText
{
    public const string Title = "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ";
    public const string ComplaintsSection = "เรื่องร้องเรียน";
    public const string PreliminarySection = "การตรวจสอบข้อเท็จจริงเบื้องต้น";
    public const string ResultSection = "การแจ้งผลการดำเนินการ";
    public const string ComplaintSatisfactionSection = "ความพึงพอใจต่อการจัดการเรื่องร้องเรียน";
    public const string FeedbackSatisfactionSection = "ความพึงพอใจต่อการให้บริการ (จากการแสดงความคิดเห็น)";
    public const string MonthlySection = "รายเดือน";
    public const string StageSection = "ขั้นตอน";
    public const string FeedbackSection = "ความคิดเห็น";

    public static readonly IReadOnlyList<string> FeedbackHeaders = ["หมวด", "ได้รับ", "ตอบกลับแล้ว", "ดำเนินการแล้ว"];

    public static string PeriodName(int? half) => half switch
    {
        null => "ทั้งปี",
        1 => "ครึ่งปีแรก",
        2 => "ครึ่งปีหลัง",
        _ => throw new ArgumentOutOfRangeException(
            nameof(half), half, "ครึ่งปีต้องเป็น 1, 2 หรือไม่ระบุ / Half must be 1, 2 or null."),
    };

    /// <summary>Rejects a model whose period cannot be named, before any output is written.</summary>
    public static void Validate(ComplaintStatisticsModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _ = PeriodName(model.Half);
    }

    /// <summary>For example ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ครึ่งปีแรก).</summary>
    public static string YearLine(ComplaintStatisticsModel model) =>
        $"ประจำปีงบประมาณ พ.ศ. {ThaiText.YearDigits(model.FiscalYear)} ({PeriodName(model.Half)})";

    public static string DateRange(ComplaintStatisticsModel model) =>
        $"ระหว่างวันที่ {ThaiText.Date(model.From)} ถึงวันที่ {ThaiText.Date(model.To)}";

    /// <summary>
    /// For example นับข้อมูลถึงวันที่ ๑๔ มิถุนายน ๒๕๖๘ เวลา ๒๔.๐๐ น. (ยังไม่ครบทั้งช่วงเวลาของรายงาน): the instant the figures
    /// stop at, so a published copy says how complete it is.
    /// </summary>
    public static string DataUntilLine(ComplaintStatisticsModel model)
    {
        // A period asked for on its first day (or before it) has no whole day to count yet.
        if (model.DataUntil < model.From) return "ช่วงเวลาของรายงานยังไม่ครบหนึ่งวัน จึงยังไม่มีข้อมูล";
        var line = $"นับข้อมูลถึงวันที่ {ThaiText.Date(model.DataUntil)} เวลา {ThaiText.Digits("24.00")} น.";
        if (model.DataUntil < model.To) return line + " (ยังไม่ครบทั้งช่วงเวลาของรายงาน)";
        if (model.DataUntil > model.To) return line + " (เรื่องที่ได้รับในช่วงเวลาข้างต้น แสดงสถานะ ณ วันดังกล่าว)";
        return line;
    }

    public static string MonthLabel(MonthCount month) =>
        $"{ThaiText.MonthName(month.Month)} {ThaiText.BuddhistYear(month.Year)}";

    public static IReadOnlyList<StatisticsLine> Summary(ComplaintStatisticsModel model) =>
    [
        new(ComplaintsSection, "ได้รับเรื่องร้องเรียน", model.Complaints.Received),
        new(ComplaintsSection, "ดำเนินการแล้วเสร็จ", model.Complaints.Completed),
        new(ComplaintsSection, "อยู่ระหว่างดำเนินการ", model.Complaints.InProgress),
        new(ComplaintsSection, "ส่งต่อหน่วยงานที่เกี่ยวข้อง", model.Forwarded),
        .. Deadline(PreliminarySection, model.PreliminaryReview),
        .. Deadline(ResultSection, model.Result),
        .. Satisfaction(ComplaintSatisfactionSection, model.ComplaintSatisfaction),
        .. Satisfaction(FeedbackSatisfactionSection, model.FeedbackSatisfaction),
    ];

    /// <summary>
    /// How many rated, the mean or why it is not shown, and what the mean rests on: a mean shown may be older than
    /// the count beside it (<see cref="SatisfactionDisclosure"/>), so it always says to which day and from how many.
    /// </summary>
    private static IEnumerable<StatisticsLine> Satisfaction(string section, SatisfactionStats stats) =>
    [
        new(section, RatedItem, stats.Count),
        new(section, MeanItem, stats.Released is { } released ? released.Mean : Withheld(stats.Count)),
        new(section, MeanCountItem, stats.Released?.Count ?? 0),
        new(section, MeanUntilItem, stats.Released?.Until),
    ];

    public const string RatedItem = "จำนวนผู้ประเมิน";
    public const string MeanItem = "คะแนนเฉลี่ย";
    public const string MeanCountItem = "คะแนนเฉลี่ยคิดจากผู้ประเมิน (ราย)";
    public const string MeanUntilItem = "คะแนนเฉลี่ยนับถึงสิ้นวันที่";

    /// <summary>Said in place of a mean none has been let out for yet: too few ratings, or not yet a month-end with enough.</summary>
    public static string Withheld(int rated) => rated < SatisfactionDisclosure.MinRatings
        ? $"ยังไม่แสดง (น้อยกว่า {SatisfactionDisclosure.MinRatings} ราย)"
        : "ยังไม่แสดง (แสดงเมื่อสิ้นเดือน)";

    /// <summary>The rule in plain words, printed under the figures so that whoever publishes the file can explain it.</summary>
    public static readonly string SatisfactionNote =
        $"หมายเหตุ: คะแนนความพึงพอใจนับตั้งแต่ต้นปีงบประมาณ คะแนนเฉลี่ยนับถึงสิ้นเดือน แสดงเมื่อมีผู้ประเมินอย่างน้อย {SatisfactionDisclosure.MinRatings} ราย "
        + $"และปรับใหม่เมื่อมีผู้ประเมินเพิ่มอย่างน้อย {SatisfactionDisclosure.MinRatings} รายนับจากตัวเลขครั้งก่อน ตัวเลขที่แสดงแล้วไม่แก้ไขย้อนหลัง "
        + "เพื่อไม่ให้ผู้ใดคำนวณคะแนนของผู้ประเมินรายใดรายหนึ่งได้";

    private static IEnumerable<StatisticsLine> Deadline(string section, DeadlineStats stats) =>
    [
        new(section, "จำนวนเรื่องที่วัดระยะเวลา", stats.Measured),
        new(section, "ระยะเวลาเฉลี่ย (วันทำการ)", stats.AverageWorkingDays),
        new(section, "ดำเนินการทันกำหนด", stats.MetDeadline),
    ];
}
