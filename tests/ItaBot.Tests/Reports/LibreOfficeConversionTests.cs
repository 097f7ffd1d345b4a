using System.Text;
using System.Text.RegularExpressions;
using ItaBot.Reports;
using Xunit.Abstractions;

namespace ItaBot.Tests.Reports;

/// <summary>
/// Proves the DOCX files open in a real word processor. xunit 2 has no dynamic skip, so without
/// LibreOffice these tests pass after writing "skipped: LibreOffice not installed" to the test output,
/// unless ITABOT_LIBREOFFICE=1 says the machine must have it, in which case they fail.
/// </summary>
[Trait("Category", "LibreOffice")]
public sealed partial class LibreOfficeConversionTests(ITestOutputHelper output)
{
    [Fact]
    public void The_measures_report_converts_to_a_pdf_of_several_pages()
    {
        var pdf = Convert("measures.docx", stream => MeasuresReportWriter.Write(ReportSamples.Measures(), stream));
        if (pdf is not null)
        {
            Assert.True(PageCount(pdf) >= 3, "cover, introduction and the landscape table should each start a page");
        }
    }

    [Fact]
    public void The_complaint_statistics_convert_to_a_pdf()
    {
        var pdf = Convert("statistics.docx", stream => ComplaintStatisticsWriter.WriteDocx(ReportSamples.Statistics(), stream));
        if (pdf is not null)
        {
            Assert.True(PageCount(pdf) >= 1);
        }
    }

    private byte[]? Convert(string name, Action<Stream> write)
    {
        var soffice = LibreOffice.Find();
        if (soffice is null)
        {
            Assert.False(LibreOffice.Required, $"{LibreOffice.RequiredVariable}=1 but neither soffice nor libreoffice is on PATH");
            output.WriteLine("skipped: LibreOffice not installed");
            return null;
        }

        using var folder = new TempFolder();
        var file = folder.File(name);
        using (var stream = File.Create(file))
        {
            write(stream);
        }

        var pdfPath = LibreOffice.ConvertToPdf(soffice, file);
        Assert.True(File.Exists(pdfPath), $"no PDF at {pdfPath}");
        var pdf = File.ReadAllBytes(pdfPath);
        Assert.NotEmpty(pdf);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        output.WriteLine($"converted {name} to {pdfPath} ({pdf.Length} bytes, {PageCount(pdf)} pages)");
        return pdf;
    }

    private static int PageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
