using DocumentFormat.OpenXml.Wordprocessing;

namespace ItaBot.Reports;

/// <summary>
/// The rows of one measure in the results table, one per step, so a reader can tell which units, period and result
/// belong to which step. The measure and its outcome are one cell down the whole block, as the seeds give one
/// outcome per measure, and steps next to each other with the same units or period share one cell, which is how
/// the seeds print a period common to all the steps.
/// </summary>
internal sealed class MeasureBlock(MeasureRow measure, WordLinks links)
{
    private IReadOnlyList<ActivityRow> Steps => measure.Activities;

    public IEnumerable<IReadOnlyList<WordCell>> Rows()
    {
        if (Steps.Count == 0)
        {
            yield return [new WordCell(Title()), Dash(), Dash(), Dash(), Dash(), Dash()];
            yield break;
        }

        var columns = Columns();
        for (var row = 0; row < Steps.Count; row++)
        {
            yield return columns.Select(column => column.Cell(row, Steps.Count)).ToList();
        }
    }

    private BlockColumn[] Columns() =>
    [
        BlockColumn.Whole(Title),
        BlockColumn.PerStep(Step),
        BlockColumn.Shared(i => string.Join('\n', Steps[i].Units), i => Lines(Steps[i].Units)),
        BlockColumn.Shared(i => Steps[i].Period, i => Lines([Steps[i].Period])),
        BlockColumn.PerStep(i => [.. Result(Steps[i]), .. Evidence(Steps[i])]),
        BlockColumn.Whole(Outcome),
    ];

    private IReadOnlyList<Paragraph> Title() => Lines([ListMarker.Numbered(measure.Number, measure.Title)]);

    private IReadOnlyList<Paragraph> Step(int row) => Lines([ListMarker.Numbered(row + 1, Steps[row].Title)]);

    // The result is shown as the organisation typed it; its step's number is on the same row already.
    private static IReadOnlyList<Paragraph> Result(ActivityRow step)
    {
        var progress = $"{step.Status} ความคืบหน้าร้อยละ {ThaiText.Number(step.Progress)}";
        return string.IsNullOrWhiteSpace(step.Result) ? Lines([progress]) : Lines([step.Result, $"({progress})"]);
    }

    // The seeds name their evidence in the result ("ประกาศเผยแพร่ผ่านเว็บไซต์ www…"), so the links go under the result.
    private IEnumerable<Paragraph> Evidence(ActivityRow step) =>
        step.Links.Select(link => links.Labelled(WordStyles.TableText, "หลักฐาน: ", link));

    // The seeds' import repeats a measure's outcome on each of its steps; it is printed once.
    private IReadOnlyList<Paragraph> Outcome() =>
        Lines(Steps.Select(s => s.Outcome).OfType<string>().Select(o => o.Trim()).Distinct(StringComparer.Ordinal)
            .SelectMany(WordParagraphs.SplitLines).Select(ListMarker.Dashed));

    private static IReadOnlyList<Paragraph> Lines(IEnumerable<string> items)
    {
        var paragraphs = items.SelectMany(WordParagraphs.SplitLines).Select(Text).ToList();
        return paragraphs.Count > 0 ? paragraphs : [Text("-")];
    }

    private static WordCell Dash() => new([Text("-")]);

    private static Paragraph Text(string text) => WordParagraphs.Styled(WordStyles.TableText, text);
}
