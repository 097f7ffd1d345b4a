namespace ItaBot.Feedback;

public static class FeedbackStatus
{
    public const string New = "new";
    public const string Answered = "answered";
    public const string Handled = "handled";
}
