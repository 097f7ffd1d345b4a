namespace ItaBot.Staff.FeedbackDesk;

/// <summary>Feedback desk buttons beyond the shared ones in StaffPostback; re-authorised on every tap.</summary>
public static class FeedbackPostback
{
    public const string AnswerAction = "fbans";
    public const string DoneAction = "fbdone";

    public static string Answer(long id) => $"s|{AnswerAction}|{id}";
    public static string Done(long id) => $"s|{DoneAction}|{id}";
}
