using System.Globalization;
using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Line.Messaging;
using ItaBot.Staff;
using ItaBot.Staff.Cases;
using ItaBot.Storage.Entities;

namespace ItaBot.Alerts;

/// <summary>
/// The words of case deadline alerts: one case with its open button, or a burst as one list with a button to the
/// open cases. Case number, stage and due date only: never what was alleged or who complained.
/// </summary>
public sealed class CaseAlertMessages(Texts texts, CaseViews views)
{
    public IReadOnlyList<Message> One(Complaint c, string kind) =>
    [
        texts.Message(kind == CaseDeadlineAlerts.Overdue ? "alert.case_overdue" : "alert.case_due_tomorrow", CaseValues(c),
            [new Button(ButtonKind.Postback, texts.Plain("staff.open_case"), StaffPostback.OpenCase(c.Id))]),
    ];

    public IReadOnlyList<Message> List(CaseAlertBatch batch)
    {
        var lines = AlertLines.Join(batch.Cases, c => texts.Plain("alert.case_line", CaseValues(c)),
            rest => texts.Plain("alert.case_more", Texts.Values(("count", Count(rest)))));
        return
        [
            texts.Message(batch.Kind == CaseDeadlineAlerts.Overdue ? "alert.case_overdue_list" : "alert.case_due_list",
                Texts.Values(("count", Count(batch.Cases.Count)), ("lines", lines)), [views.ListButton()]),
        ];
    }

    private IReadOnlyDictionary<string, string> CaseValues(Complaint c) => Texts.Values(
        ("case_no", c.CaseNo),
        ("stage", texts.Plain("stage." + c.Stage)),
        ("due", CaseViews.When(c.StageDue)));

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
