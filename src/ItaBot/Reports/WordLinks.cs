using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ItaBot.Reports;

/// <summary>
/// Web addresses as links a reader of the report can click; Word keeps each address in a relationship of the main
/// part. The address is also the link's text, so a printed copy still shows where the evidence is.
/// </summary>
internal sealed class WordLinks(MainDocumentPart main)
{
    public Paragraph Labelled(string styleId, string label, string address)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), WordParagraphs.TextRun(label));
        paragraph.Append(IsWebAddress(address, out var uri) ? Hyperlink(uri, address) : WordParagraphs.TextRun(address));
        return paragraph;
    }

    private Hyperlink Hyperlink(Uri uri, string address)
    {
        var relationship = main.AddHyperlinkRelationship(uri, isExternal: true);
        var run = WordParagraphs.TextRun(address);
        run.PrependChild(new RunProperties(new RunStyle { Val = WordStyles.Link }));
        return new Hyperlink(run) { Id = relationship.Id, History = true };
    }

    // Anything else typed as a link (a file: or javascript: address) would be a trap to click; it stays plain text.
    private static bool IsWebAddress(string address, out Uri uri) =>
        Uri.TryCreate(address, UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
