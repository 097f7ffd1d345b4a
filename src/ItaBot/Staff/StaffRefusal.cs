using ItaBot.Audit;
using ItaBot.Conversation;
using ItaBot.Inbox;
using ItaBot.Line.Messaging;
using ItaBot.Storage.Entities;

namespace ItaBot.Staff;

/// <summary>
/// The one refusal of every staff action the sender may not take: "ขออภัยค่ะ รายการนี้สำหรับ{who}เท่านั้น", naming who
/// may, with the menu the sender may use under it (their role's staff menu, or the citizens' menu). It names no
/// case, feedback, activity or person, so a refusal reveals nothing; the denial is audited as each caller says.
/// </summary>
public sealed class StaffRefusal(Texts texts, StaffMenu menu)
{
    public const string TextKey = "staff.denied";
    public const string AuditAction = "staff.denied";

    /// <summary>Who may take the action: texts.yaml keys of the {who} of the refusal.</summary>
    public static class Who
    {
        /// <summary>Any active staff member (the sender is not one).</summary>
        public const string Registered = "staff.denied.who.registered";
        /// <summary>Staff in a 1:1 chat (the action came from a group or room).</summary>
        public const string PrivateChat = "staff.denied.who.private";
        /// <summary>Complaint handlers: officers and admins.</summary>
        public const string Handlers = "staff.denied.who.handlers";
        public const string Admins = "staff.denied.who.admin";
        /// <summary>The unit the activity or feedback belongs to (or any admin); also said for ids that do not exist.</summary>
        public const string Unit = "staff.denied.who.unit";

        public static readonly IReadOnlyList<string> All = [Registered, PrivateChat, Handlers, Admins, Unit];
    }

    /// <summary>
    /// Audits the denial (as <paramref name="auditAction"/> on <paramref name="auditSubject"/>; nothing when the subject
    /// is null) and returns the refusal. <paramref name="who"/> is who may take the action when the sender is active
    /// staff in a 1:1 chat; anyone else is told the action is for registered staff (or for staff in a private chat).
    /// </summary>
    public Message Refuse(Turn turn, StaffMember? staff, string who, string? auditSubject, string auditAction = AuditAction)
    {
        if (auditSubject is not null)
            AuditLog.Add(turn.Db, turn.Now, staff is null ? "citizen" : AuditLog.Staff(staff.Id), auditAction, auditSubject);
        var member = turn.IsOneToOne && staff is { Status: StaffStatus.Active } ? staff : null;
        var allowed = !turn.IsOneToOne ? Who.PrivateChat : member is null ? Who.Registered : who;
        return texts.Message(TextKey, Texts.Values(("who", texts.Plain(allowed))),
            member is null ? texts.Buttons("menu.buttons") : menu.Buttons(member));
    }
}
