namespace ItaBot.Staff;

public static class StaffStatus
{
    public const string Invited = "invited";
    public const string Active = "active";
    public const string Revoked = "revoked";
}
