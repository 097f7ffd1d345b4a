namespace ItaBot.Measures.Import;

internal sealed class RawOrganisation
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? District { get; set; }
    public string? Province { get; set; }
}
