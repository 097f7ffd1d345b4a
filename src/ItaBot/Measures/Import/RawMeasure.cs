namespace ItaBot.Measures.Import;

internal sealed class RawMeasure
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Indicator { get; set; }
    public List<RawActivity?>? Activities { get; set; }
}
