namespace ItaBot.Measures.Import;

// Mutable shape YamlDotNet fills in; everything is nullable so missing fields reach validation instead of defaulting silently.
internal sealed class RawMeasuresFile
{
    public RawOrganisation? Organisation { get; set; }
    public int? FiscalYear { get; set; }
    public List<RawMeasure?>? Measures { get; set; }
}
