using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Line.Messaging;
using ItaBot.Storage.Entities;

namespace ItaBot.Staff;

/// <summary>
/// What the staff menu offers each role: one list for the quick-reply menu, the buttons under a refusal and the
/// rich menus, so none of them offers a role something it may not do. Offering is only convenience: every tap
/// is still authorised on the server against the sender's role.
/// </summary>
public sealed class StaffMenu(Texts texts)
{
    public const string ReportData = StaffPostback.Prefix + ReportsDesk.ReportChoice.Action;
    public const string StaffAdminData = StaffPostback.Prefix + Admin.AdminPostback.ListAction;

    /// <summary>The everyday entries (texts.yaml key of the label, postback data); เรื่องร้องเรียน only for complaint handlers.</summary>
    public static IReadOnlyList<(string LabelKey, string Data)> MainEntries(bool handlesComplaints)
    {
        var entries = new List<(string, string)>
        {
            ("staff.btn.mywork", StaffPostback.MyWork),
            ("staff.btn.measures", StaffPostback.Measures),
            ("staff.btn.feedback", StaffPostback.Feedback),
        };
        if (handlesComplaints) entries.Insert(0, ("staff.btn.cases", StaffPostback.Cases));
        return entries;
    }

    /// <summary>The entries a member's role may use: the everyday ones, and for admins the report and staff list.</summary>
    public static IReadOnlyList<(string LabelKey, string Data)> Entries(string role)
    {
        var entries = MainEntries(StaffRole.HandlesComplaints(role)).ToList();
        if (role == StaffRole.Admin)
        {
            entries.Add(("staff.btn.report", ReportData));
            entries.Add(("staffadmin.btn.open", StaffAdminData));
        }
        return entries;
    }

    /// <summary>The staff menu message: who the sender is, and the buttons of their role.</summary>
    public Message Message(StaffMember staff) =>
        texts.Message("staff.menu", Texts.Values(("role", texts.Plain("role." + staff.Role)), ("unit", staff.Unit)), Buttons(staff));

    public IReadOnlyList<Button> Buttons(StaffMember staff) =>
        Entries(staff.Role).Select(e => new Button(ButtonKind.Postback, texts.Plain(e.LabelKey), e.Data)).ToList();
}
