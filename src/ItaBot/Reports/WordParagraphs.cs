using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ItaBot.Reports;

internal static class WordParagraphs
{
    private static readonly string[] LineEnds = ["\r\n", "\n", "\r"];

    public static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), TextRun(text));

    /// <summary>One paragraph per non-blank line, so each item of a list typed on its own line stays on its own line.</summary>
    public static IEnumerable<Paragraph> Lines(string styleId, string text) =>
        SplitLines(text).Select(line => Styled(styleId, line));

    public static IReadOnlyList<string> SplitLines(string text) =>
        text.Split(LineEnds, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

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

    // Word and LibreOffice show a line end inside w:t as a space, running the lines together; a w:br keeps them apart.
    public static Run TextRun(string text)
    {
        var run = new Run();
        var lines = text.Split(LineEnds, StringSplitOptions.None);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }
}
