namespace ItaBot.Configuration;

public sealed class StorageOptions
{
    public const string Section = "Storage";
    /// <summary>Encrypted evidence files live here, never inside the database.</summary>
    public string EvidenceDirectory { get; set; } = "data/evidence";
    public int InboxBatchSize { get; set; } = 256;
    public int OutboxBatchSize { get; set; } = 64;
    public int BusyTimeoutMs { get; set; } = 5000;
}
