using DocumentFormat.OpenXml.Wordprocessing;

namespace ItaBot.Reports;

/// <summary>The six-column results table: one row per measure, its photos in a full-width row beneath it.</summary>
internal sealed class MeasuresTable(WordImages images, PageLayout layout)
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
        yield return WordTables.Row(widths, Cells(measure));
        if (measure.Photos.Count > 0)
        {
            yield return WordTables.FullWidthRow(widths, PhotoParagraphs(measure).ToList());
        }
    }

    private static List<IReadOnlyList<Paragraph>> Cells(MeasureRow measure)
    {
        var activities = measure.Activities;
        return
        [
            [Text($"{ThaiText.Digits(measure.Number.ToString())}. {measure.Title}")],
            Numbered(activities.Select(a => a.Title)),
            Lines(activities.SelectMany(a => a.Units).Distinct()),
            Lines(activities.Select(a => a.Period).Distinct()),
            Numbered(activities.Select(Result)),
            Lines(activities.Select(a => a.Outcome).OfType<string>().Where(o => o.Length > 0).Select(o => "- " + o)),
        ];
    }

    private static string Result(ActivityRow activity)
    {
        var progress = $"{activity.Status} ความคืบหน้าร้อยละ {ThaiText.Number(activity.Progress)}";
        return string.IsNullOrWhiteSpace(activity.Result) ? progress : $"{activity.Result} ({progress})";
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

    private static IReadOnlyList<Paragraph> Numbered(IEnumerable<string> items) =>
        Lines(items.Select((item, i) => $"{ThaiText.Number(i + 1)}. {item}"));

    private static IReadOnlyList<Paragraph> Lines(IEnumerable<string> items)
    {
        var paragraphs = items.SelectMany(WordParagraphs.SplitLines).Select(Text).ToList();
        return paragraphs.Count > 0 ? paragraphs : [Text("-")];
    }

    private static Paragraph Text(string text) => WordParagraphs.Styled(WordStyles.TableText, text);
}
