namespace ItaBot.Staff.Measures;

/// <summary>The names dialogs/staff_activity.yaml and the code share.</summary>
public static class ActivityFlow
{
    public const string FlowId = "staff_activity";
    public const string Action = "staff.activity.update";
    public const string ActivityId = "activity_id";
    public const string Title = "activity_title";
    public const string CurrentStatus = "current_status";
    public const string CurrentProgress = "current_progress";
    public const string Status = "status";
    public const string Progress = "progress";
    public const string Result = "result";
    public const string Outcome = "outcome";
    public const string Evidence = "evidence";
    public const string Links = "links";
}
