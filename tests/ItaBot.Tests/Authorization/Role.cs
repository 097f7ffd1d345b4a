namespace ItaBot.Tests.Authorization;

/// <summary>The people the matrix asks: the three staff roles, a revoked member and a plain citizen.</summary>
internal static class Role
{
    public const string Admin = "admin";
    public const string Officer = "officer";
    public const string Staff = "staff";
    public const string Revoked = "revoked";
    public const string Citizen = "citizen";

    public static readonly string[] All = [Citizen, Revoked, Staff, Officer, Admin];
}
