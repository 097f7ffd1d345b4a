using ItaBot.Staff;

namespace ItaBot.Outbox;

/// <summary>Which staff roles an alert, named by its outbox purpose, is meant for.</summary>
public static class AlertAudience
{
    public const string Prefix = "alert.";

    public static bool IsAlert(string purpose) => purpose.StartsWith(Prefix, StringComparison.Ordinal);

    public static bool Receives(string purpose, string role) => purpose switch
    {
        "alert.digest" => role == StaffRole.Admin,
        "alert.new_complaint" => StaffRole.HandlesComplaints(role),
        _ when purpose.StartsWith("alert.case_", StringComparison.Ordinal) => StaffRole.HandlesComplaints(role),
        _ => StaffRole.IsValid(role),
    };
}
