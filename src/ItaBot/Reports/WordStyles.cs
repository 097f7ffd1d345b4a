using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ItaBot.Reports;

/// <summary>
/// The paragraph styles every report shares. Thai is a complex script to Word, so the font and size
/// must be set for cs (and szCs) as well, or Word falls back to its own Thai font at 11 pt.
/// </summary>
internal static class WordStyles
{
    public const string FontName = "TH SarabunPSK";
    public const string Title = "ReportTitle";
    public const string Heading = "ReportHeading";
    public const string Body = "ReportBody";
    public const string ListItem = "ReportListItem";
    public const string TableHeader = "ReportTableHeader";
    public const string TableText = "ReportTableText";
    public const string TableNumber = "ReportTableNumber";
    public const string Caption = "ReportCaption";
    public const string Signature = "ReportSignature";
    public const string Link = "ReportLink";

    private const int BodySize = 32;
    private const int TableSize = 28;

    public static void AddTo(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            Defaults(),
            Normal(),
            Paragraph(Title, "Report title", 40, bold: true, JustificationValues.Center),
            Paragraph(Heading, "Report heading", 36, bold: true, JustificationValues.Center),
            Paragraph(Body, "Report body", BodySize, bold: false, JustificationValues.Both, firstLine: 1418),
            Paragraph(ListItem, "Report list item", BodySize, bold: false, JustificationValues.Left, left: 1418, hanging: 426),
            Paragraph(TableHeader, "Report table header", TableSize, bold: true, JustificationValues.Center),
            Paragraph(TableText, "Report table text", TableSize, bold: false, JustificationValues.Left),
            Paragraph(TableNumber, "Report table number", TableSize, bold: false, JustificationValues.Right),
            Paragraph(Caption, "Report caption", TableSize, bold: false, JustificationValues.Center),
            Paragraph(Signature, "Report signature", BodySize, bold: false, JustificationValues.Center, left: 5103),
            LinkStyle());
    }

    public static RunFonts Fonts() => new()
    {
        Ascii = FontName,
        HighAnsi = FontName,
        ComplexScript = FontName,
        EastAsia = FontName,
    };

    private static DocDefaults Defaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            Fonts(),
            new FontSize { Val = BodySize.ToString() },
            new FontSizeComplexScript { Val = BodySize.ToString() },
            new Languages { Val = "th-TH", EastAsia = "th-TH", Bidi = "th-TH" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })));

    private static Style Normal() => new(
        new StyleName { Val = "Normal" },
        new PrimaryStyle(),
        new StyleRunProperties(
            Fonts(),
            new FontSize { Val = BodySize.ToString() },
            new FontSizeComplexScript { Val = BodySize.ToString() }))
    {
        Type = StyleValues.Paragraph,
        StyleId = "Normal",
        Default = true,
    };

    private static Style Paragraph(
        string id, string name, int size, bool bold, JustificationValues justification,
        int left = 0, int hanging = 0, int firstLine = 0)
    {
        var paragraph = new StyleParagraphProperties(
            new SpacingBetweenLines { After = "0" },
            Indentation(left, hanging, firstLine),
            new Justification { Val = justification });
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold(), new BoldComplexScript());
        }

        run.Append(new FontSize { Val = size.ToString() }, new FontSizeComplexScript { Val = size.ToString() });
        return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle(), paragraph, run)
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            CustomStyle = true,
        };
    }

    // The blue underline readers know as a link, defined here because a new document has no built-in Hyperlink style.
    private static Style LinkStyle() => new(
        new StyleName { Val = "Report link" },
        new PrimaryStyle(),
        new StyleRunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single }))
    {
        Type = StyleValues.Character,
        StyleId = Link,
        CustomStyle = true,
    };

    private static Indentation Indentation(int left, int hanging, int firstLine)
    {
        var indentation = new Indentation { Left = left.ToString() };
        if (hanging > 0)
        {
            indentation.Hanging = hanging.ToString();
        }

        if (firstLine > 0)
        {
            indentation.FirstLine = firstLine.ToString();
        }

        return indentation;
    }
}
