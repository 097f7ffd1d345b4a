using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ItaBot.Reports;

/// <summary>Bordered fixed-layout tables whose header row repeats on every page.</summary>
internal static class WordTables
{
    private const string HeaderShade = "D9D9D9";

    public static Table Create(IReadOnlyList<int> widths, IReadOnlyList<string> headers, IEnumerable<TableRow> rows)
    {
        var table = new Table(Properties(widths.Sum()), Grid(widths), HeaderRow(widths, headers));
        table.Append(rows);
        return table;
    }

    /// <summary>Column widths in twips that add up to exactly the total.</summary>
    public static int[] Split(int total, params double[] shares)
    {
        var widths = shares.Select(s => (int)(total * s)).ToArray();
        widths[^1] += total - widths.Sum();
        return widths;
    }

    /// <summary>A row whose cells each hold one or more paragraphs, one cell per column.</summary>
    public static TableRow Row(IReadOnlyList<int> widths, IReadOnlyList<IReadOnlyList<Paragraph>> cells) =>
        new(cells.Select((content, i) => Cell(widths[i], content, span: 1)));

    /// <summary>A row whose cells may run down into the rows below, as a measure's title does beside its steps.</summary>
    public static TableRow Row(IReadOnlyList<int> widths, IReadOnlyList<WordCell> cells) =>
        new(cells.Select((cell, i) => Cell(widths[i], cell.Content, span: 1, cell.Merge)));

    /// <summary>A row of text cells where the cells after the first labelCount are right-aligned figures.</summary>
    public static TableRow FigureRow(IReadOnlyList<int> widths, int labelCount, params string[] texts) =>
        Row(widths, texts.Select((t, i) => (IReadOnlyList<Paragraph>)
            [WordParagraphs.Styled(i < labelCount ? WordStyles.TableText : WordStyles.TableNumber, t)]).ToList());

    /// <summary>One cell across the whole table, used for the photos under a measure.</summary>
    public static TableRow FullWidthRow(IReadOnlyList<int> widths, IReadOnlyList<Paragraph> content) =>
        new(Cell(widths.Sum(), content, widths.Count));

    private static TableRow HeaderRow(IReadOnlyList<int> widths, IReadOnlyList<string> headers)
    {
        var row = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        for (var i = 0; i < headers.Count; i++)
        {
            var cell = Cell(widths[i], [WordParagraphs.Styled(WordStyles.TableHeader, headers[i])], span: 1);
            cell.TableCellProperties!.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = HeaderShade, Color = "auto" });
            cell.TableCellProperties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
            row.Append(cell);
        }

        return row;
    }

    private static TableCell Cell(int width, IReadOnlyList<Paragraph> content, int span, MergedCellValues? merge = null)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } value)
        {
            properties.Append(new VerticalMerge { Val = value });
        }

        var cell = new TableCell(properties);
        cell.Append(content.Count > 0 ? content : [WordParagraphs.Empty(WordStyles.TableText)]);
        return cell;
    }

    private static TableProperties Properties(int width) => new(
        new TableWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
        new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
        new TableLayout { Type = TableLayoutValues.Fixed },
        new TableCellMarginDefault(
            new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
            new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa }));

    private static TableGrid Grid(IReadOnlyList<int> widths) =>
        new(widths.Select(w => new GridColumn { Width = w.ToString() }));
}
