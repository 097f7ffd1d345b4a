using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ItaBot.Tests.Reports;

/// <summary>Reads back what the writers produced, the way Word would see it.</summary>
internal static class DocxText
{
    public static WordprocessingDocument Open(byte[] bytes) =>
        WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

    public static string Of(OpenXmlElement element) =>
        string.Join("\n", element.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))));

    public static IReadOnlyList<string> Paragraphs(Body body) =>
        body.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))).ToList();

    public static IReadOnlyList<string> CellTexts(TableRow row) =>
        row.Elements<TableCell>().Select(Of).ToList();

    /// <summary>The text of each paragraph in the cell, for checking what sits on which line.</summary>
    public static IReadOnlyList<string> ParagraphsOf(OpenXmlElement element) =>
        element.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))).ToList();

    /// <summary>Every w:t in the body: a line end in one of them is shown by Word as a space, not a new line.</summary>
    public static IReadOnlyList<string> Texts(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document.Body!.Descendants<Text>().Select(t => t.Text).ToList();
}
