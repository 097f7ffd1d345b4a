namespace ItaBot.Storage.Entities;

public sealed class MeasureActivity
{
    public long Id { get; set; }
    public long MeasureId { get; set; }
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    public string Units { get; set; } = "";
    public bool AllYear { get; set; }
    public string? PeriodFrom { get; set; }
    public string? PeriodTo { get; set; }
    public string? PeriodText { get; set; }
    public string? Indicator { get; set; }
    public string Status { get; set; } = "";
    public int Progress { get; set; }
    public string? Result { get; set; }
    public string? Outcome { get; set; }
    public int SortOrder { get; set; }
    public long UpdatedAt { get; set; }
    public long? UpdatedBy { get; set; }
}
