using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Line.Messaging;
using ItaBot.Staff;
using ItaBot.Storage;
using ItaBot.Storage.Entities;

namespace ItaBot.Complaints;

/// <summary>Alert wording for officers. Case number and dates only, by design: phones show previews.</summary>
public sealed class ComplaintAlerts(Texts texts)
{
    public IReadOnlyList<Message> NewComplaint(Complaint c) =>
    [
        texts.Message("alert.new_complaint", Texts.Values(
            ("case_no", c.CaseNo),
            ("received", ComplaintService.FormatDate(Clock.FromMs(c.ReceivedAt)) + " " + Clock.FromMs(c.ReceivedAt).ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm") + " น."),
            ("due", ComplaintService.FormatDate(Clock.FromMs(c.ReviewDue)))),
            [new Button(ButtonKind.Postback, texts.Plain("staff.open_case"), StaffPostback.OpenCase(c.Id))]),
    ];
}
