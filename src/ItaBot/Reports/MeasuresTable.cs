using DocumentFormat.OpenXml.Wordprocessing;

namespace ItaBot.Reports;

/// <summary>The six-column results table: a block of rows per measure (see <see cref="MeasureBlock"/>), its photos in a full-width row beneath it.</summary>
internal sealed class MeasuresTable(WordImages images, WordLinks links, PageLayout layout)
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "มาตรการ/กิจกรรม",
        "ขั้นตอน/วิธีการปฏิบัติ",
        "หน่วยงานผู้รับผิดชอบ",
        "ระยะเวลาดำเนินการ",
        "สรุปผลการดำเนินการ",
        "ผลลัพธ์หรือความสำเร็จ",
    ];

    private static readonly double[] Shares = [0.16, 0.23, 0.12, 0.11, 0.22, 0.16];

    // Leaves room on the page for the repeated header row and a caption under each photo.
    private const double PhotoHeightShare = 0.45;

    private readonly int[] widths = WordTables.Split(layout.ContentWidth, Shares);

    public Table Build(IEnumerable<MeasureRow> measures) =>
        WordTables.Create(widths, Headers, measures.OrderBy(m => m.Number).SelectMany(Rows));

    private IEnumerable<TableRow> Rows(MeasureRow measure)
    {
        foreach (var cells in new MeasureBlock(measure, links).Rows())
        {
            yield return WordTables.Row(widths, cells);
        }

        if (measure.Photos.Count > 0)
        {
            yield return WordTables.FullWidthRow(widths, PhotoParagraphs(measure).ToList());
        }
    }

    private IEnumerable<Paragraph> PhotoParagraphs(MeasureRow measure)
    {
        var context = $"มาตรการที่ {ThaiText.Digits(measure.Number.ToString())}";
        yield return WordParagraphs.Bold(WordStyles.TableText, $"ภาพประกอบ{context} {measure.Title}");
        var maxWidth = (widths.Sum() - 340) * WordImages.EmuPerTwip;
        var maxHeight = (long)(layout.ContentHeight * PhotoHeightShare) * WordImages.EmuPerTwip;
        foreach (var photo in measure.Photos)
        {
            yield return images.Picture(photo, maxWidth, maxHeight, context);
            if (!string.IsNullOrWhiteSpace(photo.Caption))
            {
                yield return WordParagraphs.Styled(WordStyles.Caption, photo.Caption);
            }
        }
    }
}
