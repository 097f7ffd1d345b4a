namespace ItaBot.Measures.Import;

internal sealed class RawActivity
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public List<string?>? Units { get; set; }
    public RawPeriod? Period { get; set; }
    public string? Indicator { get; set; }
    public string? Status { get; set; }
    public int? Progress { get; set; }
    public string? Result { get; set; }
    public string? Outcome { get; set; }
    public List<string?>? EvidenceLinks { get; set; }
}
