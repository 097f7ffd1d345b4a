namespace ItaBot.Storage.Entities;

public sealed class EnrollmentCode
{
    public long Id { get; set; }
    public string CodeHash { get; set; } = "";
    public string Role { get; set; } = "";
    public string Unit { get; set; } = "";
    public byte[]? NameEnc { get; set; }
    public long CreatedAt { get; set; }
    public long ExpiresAt { get; set; }
    public long? UsedAt { get; set; }
    public long? StaffId { get; set; }
}
