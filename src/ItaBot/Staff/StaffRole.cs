namespace ItaBot.Staff;

public static class StaffRole
{
    public const string Staff = "staff";
    public const string Officer = "officer";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Staff, Officer, Admin];

    public static bool HandlesComplaints(string role) => role is Officer or Admin;

    public static bool IsValid(string role) => All.Contains(role);
}
