namespace ItaBot.Measures.Import;

// Where in a measures file a problem is, phrased the way a clerk fixing the file would look for it.
internal sealed record ErrorLocation(string FileName, string? Measure = null, string? Activity = null)
{
    public ErrorLocation InMeasure(string? code, int index) => this with { Measure = code ?? $"#{index + 1}" };

    public ErrorLocation InActivity(string? code, int index) => this with { Activity = code ?? $"#{index + 1}" };

    public MeasuresFileException Error(string problem) => new($"{this}: {problem}");

    public override string ToString()
    {
        string?[] parts = [Measure is null ? null : $"measure {Measure}", Activity is null ? null : $"activity {Activity}"];
        var place = string.Join(", ", parts.OfType<string>());
        return place.Length == 0 ? FileName : $"{FileName}: {place}";
    }
}
