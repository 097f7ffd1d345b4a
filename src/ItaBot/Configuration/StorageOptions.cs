namespace ItaBot.Configuration;

public sealed class StorageOptions
{
    public const string Section = "Storage";
    /// <summary>Encrypted evidence files live here, never inside the database.</summary>
    public string EvidenceDirectory { get; set; } = "data/evidence";
    /// <summary>
    /// Largest file a person may send as evidence (1 MB = 1,048,576 bytes). A download is held in memory once while it
    /// is sealed, so this bounds the memory one download takes; anything larger is marked too_large, not fetched.
    /// </summary>
    public int MaxEvidenceMegabytes { get; set; } = 50;
    public long MaxEvidenceBytes => MaxEvidenceMegabytes * 1024L * 1024L;
    public int InboxBatchSize { get; set; } = 256;
    public int OutboxBatchSize { get; set; } = 64;
    public int BusyTimeoutMs { get; set; } = 5000;
}
