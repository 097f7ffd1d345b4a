using System.Globalization;

namespace ItaBot.Staff.Admin;

/// <summary>Admin buttons; like every staff button they only name what was tapped and are re-authorised on the server.</summary>
public static class AdminPostback
{
    public const string ListAction = "staffadmin";
    public const string RevokeAction = "revoke";
    public const string Yes = "yes";

    public static string List => StaffPostback.Prefix + ListAction;

    public static string Page(int page) => List + "|" + page.ToString(CultureInfo.InvariantCulture);

    public static string Revoke(long id) => StaffPostback.Prefix + RevokeAction + "|" + id.ToString(CultureInfo.InvariantCulture);

    public static string ConfirmRevoke(long id) => Revoke(id) + "|" + Yes;
}
