using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ItaBot.Tests.Reports;

/// <summary>Reads the measures report's results table back as measures, each a block of step rows.</summary>
internal static class ResultsTable
{
    public const int Columns = 6;

    public static Table Of(WordprocessingDocument document) =>
        Assert.Single(document.MainDocumentPart!.Document.Body!.Elements<Table>());

    /// <summary>The step rows of each measure, without the header and photo rows; a measure begins where its first cell is not merged into the one above.</summary>
    public static List<List<TableRow>> Measures(WordprocessingDocument document)
    {
        var blocks = new List<List<TableRow>>();
        foreach (var row in Of(document).Elements<TableRow>().Skip(1).Where(r => r.Elements<TableCell>().Count() == Columns))
        {
            if (Continues(row.Elements<TableCell>().First()))
            {
                blocks[^1].Add(row);
            }
            else
            {
                blocks.Add([row]);
            }
        }

        return blocks;
    }

    /// <summary>The cells of one column down a measure that are shown, leaving out those covered by the merged cell above.</summary>
    public static List<TableCell> Shown(IEnumerable<TableRow> block, int column) =>
        block.Select(r => r.Elements<TableCell>().ElementAt(column)).Where(c => !Continues(c)).ToList();

    /// <summary>The text each step's row shows in a column, taken from the merged cell above when it is covered.</summary>
    public static List<string> PerStep(IEnumerable<TableRow> block, int column)
    {
        var texts = new List<string>();
        foreach (var cell in block.Select(r => r.Elements<TableCell>().ElementAt(column)))
        {
            texts.Add(Continues(cell) ? texts[^1] : DocxText.Of(cell));
        }

        return texts;
    }

    public static bool Continues(TableCell cell) =>
        cell.TableCellProperties?.VerticalMerge is { } merge && merge.Val?.Value != MergedCellValues.Restart;
}
