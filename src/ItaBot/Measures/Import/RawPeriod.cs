namespace ItaBot.Measures.Import;

internal sealed class RawPeriod
{
    public bool? AllYear { get; set; }

    // Kept as text so a malformed date is reported with its field name rather than as a deserialiser type error.
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Text { get; set; }
}
