using System.Text;
using ItaBot.Calendar;
using ItaBot.Conversation;
using ItaBot.Reports;
using static ItaBot.Stats.StatsHtml;

namespace ItaBot.Stats;

/// <summary>
/// The public statistics page (for the ITA's OIT items): counts only, in Thai, readable on a phone and printable.
/// Every figure carries a data-stat attribute so it can be checked mechanically against /stats.json.
/// </summary>
internal static class StatsPage
{
    public const string Title = "สถิติเรื่องร้องเรียนการทุจริตและความคิดเห็นของประชาชน";

    private const string Style =
        "body{font-family:'TH Sarabun New','Sarabun',Tahoma,sans-serif;margin:0 auto;max-width:760px;padding:12px;color:#222}"
        + "h1{font-size:1.4em}h2{font-size:1.2em;border-bottom:2px solid #ddd;padding-bottom:4px;margin-top:2em}"
        + "table{border-collapse:collapse;width:100%;margin:8px 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
        + "td.n{text-align:right;font-variant-numeric:tabular-nums}.chart{width:100%;height:auto}"
        + ".key span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px}.note{color:#555;font-size:.9em}";

    public static string Render(StatsSnapshot snapshot, Texts texts)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode($"{Title} - {snapshot.Organisation}")).Append("</title>")
            .Append("<style>").Append(Style).Append("</style></head><body>")
            .Append("<h1>").Append(Encode(Title)).Append("</h1>")
            .Append("<p>").Append(Encode(snapshot.Organisation)).Append("</p>");
        foreach (var year in snapshot.Years) Year(html, year, texts);
        var mean = texts.Plain("stats.mean_needs", Texts.Values(("count", Number(SatisfactionDisclosure.MinRatings))));
        html.Append("<p class=\"note\">หน้านี้แสดงเฉพาะจำนวนเชิงสถิติ ไม่มีข้อมูลส่วนบุคคลหรือเนื้อหาของเรื่องร้องเรียน ")
            .Append(Encode(mean)).Append(' ')
            .Append("(<a href=\"stats.json\">ข้อมูลแบบ JSON</a>)</p></body></html>");
        return html.ToString();
    }

    private static void Year(StringBuilder html, StatsYear year, Texts texts)
    {
        var until = year.DataUntil < year.From
            ? texts.Plain("stats.year_just_started")
            : texts.Plain("stats.data_until", Texts.Values(("date", ThaiDates.FormatLong(year.DataUntil))));
        var id = year.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        html.Append($"<section id=\"fy-{id}\" data-year=\"{id}\">")
            .Append("<h2>ปีงบประมาณ พ.ศ. ").Append(id).Append("</h2>")
            .Append("<p>").Append(Encode($"{ThaiDates.FormatLong(year.From)} ถึง {ThaiDates.FormatLong(year.To)}")).Append("</p>")
            .Append("<p class=\"note\" data-stat=\"data-until\">").Append(Encode(until)).Append("</p>");
        Summary(html, year);
        html.Append("<h3>จำนวนเรื่องรายเดือน</h3>")
            .Append($"<p class=\"key\"><span style=\"background:{StatsChart.ComplaintColour}\"></span>เรื่องร้องเรียน")
            .Append($"<span style=\"background:{StatsChart.FeedbackColour}\"></span>ความคิดเห็น</p>")
            .Append(StatsChart.Svg(year.ByMonth, $"จำนวนเรื่องรายเดือน ปีงบประมาณ พ.ศ. {id}"));
        Table(html, "เรื่องร้องเรียนจำแนกตามขั้นตอน", ["ขั้นตอน", "จำนวนเรื่อง"],
            year.ByStage.Select(s => (IReadOnlyList<string>)[Encode(s.Stage), Number(s.Count)]));
        Table(html, "ความคิดเห็นจำแนกตามหมวด", ["หมวด", "ได้รับ", "ตอบกลับแล้ว", "ดำเนินการแล้ว"],
            year.Feedback.Select(f => (IReadOnlyList<string>)[Encode(f.Category), Number(f.Received), Number(f.Answered), Number(f.Handled)]));
        html.Append("</section>");
    }

    private static void Summary(StringBuilder html, StatsYear year)
    {
        (string Stat, string Label, string Value)[] rows =
        [
            ("received", "ได้รับเรื่องร้องเรียน", Number(year.Complaints.Received)),
            ("completed", "ดำเนินการแล้วเสร็จ", Number(year.Complaints.Completed)),
            ("in-progress", "อยู่ระหว่างดำเนินการ", Number(year.Complaints.InProgress)),
            ("forwarded", "ส่งต่อหน่วยงานที่เกี่ยวข้อง", Number(year.Forwarded)),
            ("review-measured", "ตรวจสอบเบื้องต้นแล้ว (เรื่อง)", Number(year.PreliminaryReview.Measured)),
            ("review-days", "ระยะเวลาตรวจสอบเบื้องต้นเฉลี่ย (วันทำการ)", Decimal(year.PreliminaryReview.AverageWorkingDays)),
            ("review-met", "ตรวจสอบเบื้องต้นทันกำหนด (เรื่อง)", Number(year.PreliminaryReview.MetDeadline)),
            ("result-measured", "แจ้งผลแล้ว (เรื่อง)", Number(year.Result.Measured)),
            ("result-days", "ระยะเวลาถึงแจ้งผลเฉลี่ย (วันทำการ)", Decimal(year.Result.AverageWorkingDays)),
            ("result-met", "แจ้งผลทันกำหนด (เรื่อง)", Number(year.Result.MetDeadline)),
            ("feedback", "ได้รับความคิดเห็น", Number(year.Feedback.Sum(f => f.Received))),
            .. Satisfaction("complaint-satisfaction", "ผู้ประเมินความพึงพอใจต่อการจัดการเรื่องร้องเรียน (คน)",
                "ความพึงพอใจต่อการจัดการเรื่องร้องเรียนเฉลี่ย (เต็ม 5)", year.ComplaintSatisfaction),
            .. Satisfaction("feedback-satisfaction", "ผู้ประเมินความพึงพอใจต่อการให้บริการ จากการแสดงความคิดเห็น (คน)",
                "ความพึงพอใจต่อการให้บริการเฉลี่ย จากการแสดงความคิดเห็น (เต็ม 5)", year.FeedbackSatisfaction),
        ];
        html.Append("<table><tbody>");
        foreach (var row in rows)
            html.Append("<tr><th scope=\"row\">").Append(Encode(row.Label)).Append("</th>")
                .Append($"<td class=\"n\" data-stat=\"{row.Stat}\">").Append(row.Value).Append("</td></tr>");
        html.Append("</tbody></table>");
    }

    /// <summary>The count, the mean (or why it is not shown yet), and the ratings and month-end the mean rests on.</summary>
    private static (string Stat, string Label, string Value)[] Satisfaction(string stat, string countLabel, string meanLabel, StatsSatisfaction rated) =>
    [
        ($"{stat}-count", countLabel, Number(rated.Count)),
        ($"{stat}-mean", meanLabel, rated.Mean is { } mean ? Decimal(mean) : Encode(ComplaintStatisticsText.Withheld(rated.Count))),
        ($"{stat}-mean-count", "คะแนนเฉลี่ยข้างต้นคิดจากผู้ประเมิน (คน)", Number(rated.MeanCount)),
        ($"{stat}-mean-until", "คะแนนเฉลี่ยข้างต้นนับถึงวันที่", rated.MeanUntil is { } day ? Encode(ThaiDates.FormatLong(day)) : "-"),
    ];

    private static void Table(StringBuilder html, string caption, string[] headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        html.Append("<h3>").Append(Encode(caption)).Append("</h3><table><thead><tr>");
        foreach (var header in headers) html.Append("<th>").Append(Encode(header)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            html.Append("<tr>").Append("<td>").Append(row[0]).Append("</td>");
            foreach (var cell in row.Skip(1)) html.Append("<td class=\"n\">").Append(cell).Append("</td>");
            html.Append("</tr>");
        }
        if (!any) html.Append($"<tr><td colspan=\"{headers.Length}\">ยังไม่มีข้อมูล</td></tr>");
        html.Append("</tbody></table>");
    }
}
