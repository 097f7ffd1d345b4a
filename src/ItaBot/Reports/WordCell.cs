using DocumentFormat.OpenXml.Wordprocessing;

namespace ItaBot.Reports;

/// <summary>
/// A table cell's paragraphs and how it joins the cells above and below it: Restart begins a cell that runs down
/// the following rows, Continue is covered by the one above, null stands alone.
/// </summary>
internal sealed record WordCell(IReadOnlyList<Paragraph> Content, MergedCellValues? Merge = null)
{
    // Word needs a paragraph in every cell, even one hidden under the merged cell above it.
    public static WordCell Continued() => new([WordParagraphs.Empty(WordStyles.TableText)], MergedCellValues.Continue);
}
