using System.Globalization;
using System.Text;
using ItaBot.Calendar;
using ItaBot.Reports;

namespace ItaBot.Stats;

/// <summary>Monthly complaints and feedback as an inline SVG bar chart, drawn on the server: no script, no CDN.</summary>
internal static class StatsChart
{
    public const string ComplaintColour = "#b3261e";
    public const string FeedbackColour = "#1a73e8";

    private const int Width = 720;
    private const int Height = 240;
    private const int Top = 24;
    private const int Bottom = 40;
    private const int Left = 8;

    public static string Svg(IReadOnlyList<MonthCount> months, string title)
    {
        var plot = Height - Top - Bottom;
        var max = Math.Max(1, months.Select(m => Math.Max(m.Complaints, m.Feedback)).DefaultIfEmpty(0).Max());
        var slot = (Width - 2 * Left) / (double)Math.Max(1, months.Count);
        var bar = Math.Max(4, slot * 0.35);
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" class=\"chart\">"));
        svg.Append("<title>").Append(StatsHtml.Encode(title)).Append("</title>");
        svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Top + plot}\" x2=\"{Width - Left}\" y2=\"{Top + plot}\" stroke=\"#888\"/>"));
        for (var i = 0; i < months.Count; i++)
        {
            var x = Left + i * slot + (slot - 2 * bar) / 2;
            svg.Append(Bar(x, bar, months[i].Complaints, max, plot, ComplaintColour));
            svg.Append(Bar(x + bar, bar, months[i].Feedback, max, plot, FeedbackColour));
            svg.Append(Invariant($"<text x=\"{x + bar:0.#}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\" font-size=\"13\">"))
                .Append(StatsHtml.Encode(ThaiDates.ThaiMonthAbbreviation(months[i].Month))).Append("</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    private static string Bar(double x, double width, int value, int max, int plot, string colour)
    {
        var height = plot * value / (double)max;
        var y = Top + plot - height;
        return Invariant($"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{width - 2:0.#}\" height=\"{height:0.#}\" fill=\"{colour}\"/>")
            + Invariant($"<text x=\"{x + width / 2 - 1:0.#}\" y=\"{y - 4:0.#}\" text-anchor=\"middle\" font-size=\"12\">{value}</text>");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
