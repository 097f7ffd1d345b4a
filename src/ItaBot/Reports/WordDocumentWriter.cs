using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ItaBot.Reports;

/// <summary>Creates a styled DOCX, lets the caller fill its body, and copies it to the output.</summary>
internal static class WordDocumentWriter
{
    public static void Write(Stream output, Action<Body, MainDocumentPart> compose)
    {
        ArgumentNullException.ThrowIfNull(output);

        // The package is built in memory because System.IO.Packaging needs a seekable stream,
        // and callers may hand us a response body.
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            WordStyles.AddTo(main);
            var body = new Body();
            main.Document = new Document(body);
            compose(body, main);
            main.Document.Save();
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
