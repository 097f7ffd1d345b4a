namespace ItaBot.Storage.Entities;

public sealed class Measure
{
    public long Id { get; set; }
    public int FiscalYear { get; set; }
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Indicator { get; set; }
    public int SortOrder { get; set; }
}
