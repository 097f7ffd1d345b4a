namespace ItaBot.Reports;

/// <summary>One spreadsheet row: each cell is a string, an int, a double or null (left empty).</summary>
internal sealed record SheetRow(IReadOnlyList<object?> Cells, bool Bold = false)
{
    public static SheetRow Header(params string[] titles) => new(titles, Bold: true);

    public static SheetRow Of(params object?[] cells) => new(cells);
}
