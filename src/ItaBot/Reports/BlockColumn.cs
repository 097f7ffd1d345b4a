using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ItaBot.Reports;

/// <summary>
/// One column of a measure's rows: what each step's row shows, and a key that says which neighbouring rows show
/// the same thing and so share one merged cell instead of repeating it.
/// </summary>
internal sealed class BlockColumn(Func<int, string> key, Func<int, IReadOnlyList<Paragraph>> content)
{
    /// <summary>One cell down the whole measure, such as its title.</summary>
    public static BlockColumn Whole(Func<IReadOnlyList<Paragraph>> content) => new(_ => "", _ => content());

    /// <summary>A cell of its own on every step's row.</summary>
    public static BlockColumn PerStep(Func<int, IReadOnlyList<Paragraph>> content) =>
        new(row => row.ToString(CultureInfo.InvariantCulture), content);

    /// <summary>A cell per step, merged with its neighbours while the key stays the same.</summary>
    public static BlockColumn Shared(Func<int, string> key, Func<int, IReadOnlyList<Paragraph>> content) => new(key, content);

    public WordCell Cell(int row, int rows)
    {
        if (row > 0 && Same(row - 1, row))
        {
            return WordCell.Continued();
        }

        var runsOn = row + 1 < rows && Same(row, row + 1);
        return new WordCell(content(row), runsOn ? MergedCellValues.Restart : null);
    }

    private bool Same(int a, int b) => string.Equals(key(a), key(b), StringComparison.Ordinal);
}
