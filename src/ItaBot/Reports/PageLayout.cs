using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ItaBot.Reports;

/// <summary>An A4 page with the margins Thai official documents use (3 cm binding side, 2 cm elsewhere).</summary>
internal sealed record PageLayout(bool IsLandscape)
{
    public const int A4ShortTwips = 11906;
    public const int A4LongTwips = 16838;
    private const int BindingMargin = 1701;
    private const int Margin = 1134;

    public static PageLayout Portrait { get; } = new(false);

    public static PageLayout Landscape { get; } = new(true);

    public int Width => IsLandscape ? A4LongTwips : A4ShortTwips;

    public int Height => IsLandscape ? A4ShortTwips : A4LongTwips;

    public int ContentWidth => Width - LeftMargin - Margin;

    public int ContentHeight => Height - (2 * Margin);

    // Landscape pages are bound along the top, so they need no wide left margin.
    private int LeftMargin => IsLandscape ? Margin : BindingMargin;

    public SectionProperties ToSectionProperties() => new(
        new SectionType { Val = SectionMarkValues.NextPage },
        new PageSize
        {
            Width = (UInt32Value)(uint)Width,
            Height = (UInt32Value)(uint)Height,
            Orient = IsLandscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
        },
        new PageMargin
        {
            Top = Margin,
            Bottom = Margin,
            Left = (UInt32Value)(uint)LeftMargin,
            Right = (UInt32Value)(uint)Margin,
            Header = 709U,
            Footer = 709U,
            Gutter = 0U,
        });
}
