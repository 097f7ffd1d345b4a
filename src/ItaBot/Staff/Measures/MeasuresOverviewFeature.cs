using System.Globalization;
using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Measures;

namespace ItaBot.Staff.Measures;

/// <summary>
/// มาตรการ: every measure of the year with its activities done, in progress and overdue and its mean progress.
/// The plan is public (it is published on the organisation's website), so every staff role sees all of it.
/// </summary>
public sealed class MeasuresOverviewFeature(Texts texts, LineRenderer renderer) : IStaffFeature
{
    public const string Word = "มาตรการ";
    public const string ActionName = "measures";
    private const int TitleLength = 90;

    public bool Owns(string? action, string? word) => action == ActionName || (action is null && word == Word);

    public async Task HandleAsync(StaffRequest request, Reply reply, CancellationToken ct)
    {
        var turn = request.Turn;
        var year = await MeasureYears.CurrentAsync(turn.Db, turn.Now, ct);
        var summaries = await MeasureOverview.ForYearAsync(turn.Db, year, turn.Now, ct);
        if (summaries.Count == 0)
        {
            reply.Add(texts.Message("measures.empty"));
            return;
        }
        var activities = summaries.Sum(s => s.Activities);
        var mean = activities == 0 ? 0 : (int)Math.Round(summaries.Sum(s => (double)s.Progress * s.Activities) / activities,
            MidpointRounding.AwayFromZero);
        var lines = summaries.Select(Line);
        var header = texts.Plain("measures.header", Texts.Values(("year", N(year)), ("count", N(summaries.Count)), ("progress", N(mean))));
        reply.Add(renderer.Text(Fit(header, lines), Buttons(request)));
    }

    private string Line(MeasureSummary s) => texts.Plain("measures.line", Texts.Values(
        ("code", s.Measure.Code),
        ("title", ActivityLabels.Clip(s.Measure.Title, TitleLength)),
        ("activities", N(s.Activities)),
        ("done", N(s.Done)),
        ("in_progress", N(s.InProgress)),
        ("overdue", N(s.Overdue)),
        ("progress", N(s.Progress))));

    private IReadOnlyList<Button> Buttons(StaffRequest request)
    {
        var buttons = new List<Button> { new(ButtonKind.Postback, texts.Plain("staff.btn.mywork"), StaffPostback.MyWork) };
        // The staff menu has no admin entry of its own yet, so admins reach staff management from here.
        if (request.Staff.Role == StaffRole.Admin)
            buttons.Add(new Button(ButtonKind.Postback, texts.Plain("staffadmin.btn.open"), Admin.AdminPostback.List));
        return buttons;
    }

    // A LINE text holds 5,000 characters; a plan with very many measures is cut at a whole line.
    private static string Fit(string header, IEnumerable<string> lines)
    {
        var text = header;
        foreach (var line in lines)
        {
            if (text.Length + line.Length + 2 > 4900) return text + "\n\n…";
            text += "\n\n" + line;
        }
        return text;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
