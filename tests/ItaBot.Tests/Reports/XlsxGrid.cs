using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ItaBot.Tests.Reports;

/// <summary>One worksheet read back as typed cells: strings resolved from the shared table, numbers as doubles.</summary>
internal sealed class XlsxGrid
{
    private readonly Dictionary<string, Cell> cells;
    private readonly SharedStringTable strings;

    private XlsxGrid(Worksheet sheet, SharedStringTable strings)
    {
        cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        this.strings = strings;
    }

    public static XlsxGrid Load(SpreadsheetDocument document, string sheetName)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        return new XlsxGrid(part.Worksheet, workbook.SharedStringTablePart!.SharedStringTable);
    }

    public string Text(string reference)
    {
        var cell = cells[reference];
        Assert.Equal(CellValues.SharedString, cell.DataType?.Value);
        return strings.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text)).InnerText;
    }

    public double Number(string reference)
    {
        var cell = cells[reference];
        Assert.Null(cell.DataType);
        return double.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool Has(string reference) => cells.ContainsKey(reference);
}
