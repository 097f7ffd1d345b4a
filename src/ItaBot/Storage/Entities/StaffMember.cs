namespace ItaBot.Storage.Entities;

public sealed class StaffMember
{
    public long Id { get; set; }
    public string? UserHash { get; set; }
    public string Role { get; set; } = "";
    public string Unit { get; set; } = "";
    public byte[]? NameEnc { get; set; }
    public string Status { get; set; } = "";
    public long CreatedAt { get; set; }
    public long? EnrolledAt { get; set; }
    public long? RevokedAt { get; set; }
    public bool DigestMuted { get; set; }
}
