using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ItaBot.Reports;

/// <summary>
/// Builds an XLSX workbook sheet by sheet. Text goes into the shared string table and numbers stay
/// numbers, so a reader can sum and chart them without conversion.
/// </summary>
internal sealed class SpreadsheetBuilder : IDisposable
{
    private const uint BoldStyle = 1;
    private const uint DecimalStyle = 2;

    private readonly MemoryStream buffer = new();
    private readonly SpreadsheetDocument document;
    private readonly WorkbookPart workbook;
    private readonly Sheets sheets = new();
    private readonly SharedStringTable sharedStrings = new();
    private readonly Dictionary<string, int> stringIndex = new(StringComparer.Ordinal);

    public SpreadsheetBuilder()
    {
        document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook);
        workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(sheets);
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
    }

    public void AddSheet(string name, IReadOnlyList<double> columnWidths, IEnumerable<SheetRow> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData(rows.Select((row, i) => Row((uint)(i + 1), row)));
        part.Worksheet = new Worksheet(Columns(columnWidths), data);
        sheets.Append(new Sheet
        {
            Id = workbook.GetIdOfPart(part),
            SheetId = (uint)(sheets.ChildElements.Count + 1),
            Name = name,
        });
    }

    public void SaveTo(Stream output)
    {
        sharedStrings.Count = (uint)stringIndex.Count;
        sharedStrings.UniqueCount = (uint)stringIndex.Count;
        workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = sharedStrings;
        workbook.Workbook.Save();
        document.Dispose();
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    public void Dispose()
    {
        document.Dispose();
        buffer.Dispose();
    }

    private Row Row(uint index, SheetRow row)
    {
        var result = new Row { RowIndex = index };
        for (var column = 0; column < row.Cells.Count; column++)
        {
            if (Cell(row.Cells[column], row.Bold) is { } cell)
            {
                cell.CellReference = ColumnName(column) + index.ToString(CultureInfo.InvariantCulture);
                result.Append(cell);
            }
        }

        return result;
    }

    private Cell? Cell(object? value, bool bold) => value switch
    {
        string text => new Cell(new CellValue(Shared(text).ToString(CultureInfo.InvariantCulture)))
        {
            DataType = CellValues.SharedString,
            StyleIndex = bold ? BoldStyle : null,
        },
        int number => new Cell(new CellValue(number.ToString(CultureInfo.InvariantCulture))),
        double number when double.IsFinite(number) => new Cell(new CellValue(number.ToString("R", CultureInfo.InvariantCulture)))
        {
            StyleIndex = DecimalStyle,
        },
        _ => null,
    };

    private int Shared(string text)
    {
        if (!stringIndex.TryGetValue(text, out var index))
        {
            index = stringIndex.Count;
            stringIndex.Add(text, index);
            sharedStrings.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return index;
    }

    private static string ColumnName(int column) =>
        column < 26 ? ((char)('A' + column)).ToString() : ColumnName((column / 26) - 1) + (char)('A' + (column % 26));

    private static Columns Columns(IReadOnlyList<double> widths) =>
        new(widths.Select((width, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = width,
            CustomWidth = true,
        }));

    // Index 0 is the default, 1 bold text, 2 numbers with two decimals (numFmt 2 is the built-in 0.00).
    private static Stylesheet Styles() => new(
        new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 2, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 3 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = 14 }, new FontName { Val = WordStyles.FontName });
        return font;
    }
}
