using DocumentFormat.OpenXml.Wordprocessing;

namespace ItaBot.Reports;

internal static class WordParagraphs
{
    public static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), TextRun(text));

    public static Paragraph Bold(string styleId, string text)
    {
        var run = TextRun(text);
        run.PrependChild(new RunProperties(new Bold(), new BoldComplexScript()));
        return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), run);
    }

    public static Paragraph Empty(string styleId = WordStyles.Body) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    /// <summary>Ends a section: Word keeps a section's page setup on the last paragraph of that section.</summary>
    public static Paragraph SectionEnd(PageLayout layout) =>
        new(new ParagraphProperties(layout.ToSectionProperties()));

    private static Run TextRun(string text) => new(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
}
