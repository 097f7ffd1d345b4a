namespace ItaBot.Staff;

/// <summary>
/// Postback data for staff buttons. It only names what was tapped; every action is re-authorised on the server
/// against the sender's current role, so data typed or forged by hand grants nothing.
/// </summary>
public static class StaffPostback
{
    public const string Prefix = "s|";

    public static string OpenCase(long id) => $"s|case|{id}";
    public static string ShowIdentity(long id) => $"s|identity|{id}";
    public static string Move(long id, string stage) => $"s|move|{id}|{stage}";
    public static string PublicNote(long id) => $"s|note|{id}";
    public static string Cases => "s|cases";
    public static string MyWork => "s|mywork";
    public static string Measures => "s|measures";
    public static string Activity(long id) => $"s|act|{id}";
    public static string Feedback => "s|feedback";
    public static string FeedbackItem(long id) => $"s|fb|{id}";

    public static string[] Parse(string data) => data.Split('|');
}
