using System.Globalization;
using ItaBot.Calendar;
using ItaBot.Conversation;
using ItaBot.Dialogs;

namespace ItaBot.Staff.ReportsDesk;

/// <summary>
/// The reports an admin is offered on a given Bangkok day. The previous fiscal year comes first: its year-end
/// reports are what the ITA asks for in the first months of the new year. A half that has not begun is left out.
/// </summary>
public sealed class ReportMenu(Texts texts)
{
    public static IReadOnlyList<(string LabelKey, ReportChoice Choice)> Offers(DateOnly today)
    {
        var year = ThaiDates.FiscalYear(today);
        var offers = new List<(string, ReportChoice)>
        {
            ("report.btn.measures", ReportChoice.MeasuresOf(year - 1)),
            ("report.btn.year", ReportChoice.ComplaintsOf(year - 1, null)),
            ("report.btn.measures", ReportChoice.MeasuresOf(year)),
            ("report.btn.half1", ReportChoice.ComplaintsOf(year, 1)),
        };
        if (ThaiDates.HalfRange(year, 2).Start <= today) offers.Add(("report.btn.half2", ReportChoice.ComplaintsOf(year, 2)));
        offers.Add(("report.btn.year", ReportChoice.ComplaintsOf(year, null)));
        return offers;
    }

    public IReadOnlyList<Button> Buttons(DateOnly today) =>
        Offers(today).Select(o => new Button(ButtonKind.Postback,
            texts.Plain(o.LabelKey, Texts.Values(("year", o.Choice.FiscalYear.ToString(CultureInfo.InvariantCulture)))),
            o.Choice.Postback)).ToList();
}
