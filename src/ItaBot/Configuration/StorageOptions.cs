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
    /// <summary>
    /// How many evidence files are downloaded at once, so that one slow video does not hold up everybody's photos. Each
    /// download may hold up to MaxEvidenceMegabytes in memory, so every lane adds that much to the worst case. Two is
    /// the default: the second lane is what lets photos past a video; a third helps only when two large videos arrive
    /// together, which is rare at a municipality's volume, and parallel downloads share one uplink anyway.
    /// </summary>
    public int EvidenceDownloads { get; set; } = 2;
    public const int MaxEvidenceDownloads = 8;
    public int BusyTimeoutMs { get; set; } = 5000;
}
