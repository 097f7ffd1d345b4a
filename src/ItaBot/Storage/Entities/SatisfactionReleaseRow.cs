namespace ItaBot.Storage.Entities;

/// <summary>A satisfaction mean once published; rows are only added, never changed (migration 0015).</summary>
public sealed class SatisfactionReleaseRow
{
    public int FiscalYear { get; set; }
    public string Service { get; set; } = "";
    public DateOnly Until { get; set; }
    public int Count { get; set; }
    public int Total { get; set; }
    public long ReleasedAt { get; set; }
}
