namespace ItaBot.Configuration;

public sealed class SecurityOptions
{
    public const string Section = "Security";
    /// <summary>The key ring file (JSON). Keep it out of the database folder's backups' reach, back it up separately.</summary>
    public string KeyFile { get; set; } = "data/keys/itabot-keys.json";
    /// <summary>Alternatively the whole key ring as JSON text, e.g. from an environment variable.</summary>
    public string? KeyRingJson { get; set; }
    public int ReceiptAttemptsPerHour { get; set; } = 5;
    public int EnrollAttemptsPerHour { get; set; } = 5;
}
