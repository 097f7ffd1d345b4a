using ItaBot.Calendar;
using ItaBot.Complaints;
using ItaBot.Conversation;
using ItaBot.Storage;
using ItaBot.Storage.Entities;

namespace ItaBot.Tracking;

/// <summary>
/// What a complainant is told about their case, the same whether they track it by code, list their own cases or
/// are pushed a change: the stage, the decision once one is made, the result once told, the public note of the
/// current stage, and the dates. Nothing else on the row
/// (the internal notes, who complained, what was alleged) is ever read here.
/// </summary>
public sealed class ComplainantProgress(ForwardingAgency agencies, ComplainantNotes notes, Texts texts, OrganisationContact organisation)
{
    public string Status(Complaint c) => texts.Plain("stage." + c.Stage);

    /// <summary>The status line followed by whatever else there is to say, one fact a line.</summary>
    public string Lines(Complaint c, DateTimeOffset now, int tooLargeFiles = 0) =>
        string.Join("\n", Details(c, now, tooLargeFiles).Prepend(texts.Plain("progress.status", Texts.Values(("status", Status(c))))));

    /// <summary>
    /// The lines after the status: the decision, result and note when there are any, then the dates. The dates
    /// depend on <paramref name="now"/>: a due date already behind is told as passed, not as a promise.
    /// </summary>
    public IEnumerable<string> Details(Complaint c, DateTimeOffset now, int tooLargeFiles = 0)
    {
        if (Decision(c) is { } decision) yield return texts.Plain("progress.decision", Texts.Values(("decision", decision)));
        if (notes.Result(c) is { } result) yield return texts.Plain("progress.result", Texts.Values(("result", result)));
        if (notes.CurrentNote(c) is { } note) yield return texts.Plain("progress.note", Texts.Values(("note", note)));
        foreach (var line in Dates(c, now.ToUnixTimeMilliseconds())) yield return line;
        if (tooLargeFiles > 0) yield return TooLarge(tooLargeFiles);
    }

    /// <summary>
    /// Files the fetcher found over the size limit exist only on the complainant's phone. An anonymous complainant
    /// cannot be pushed, so tracking is where they learn it. Only the count: a name could say what was alleged.
    /// </summary>
    private string TooLarge(int count) =>
        texts.Plain("progress.evidence_too_large", organisation.With(Texts.Values(("count", count.ToString())))).TrimEnd();

    /// <summary>
    /// What is still due while it is ahead, and when it happened once it has: a case whose result was told, or
    /// which is closed, promises no date any more. The review's date goes once the review has decided.
    /// A date already passed is not shown as "within": an elderly reader takes that for a mistake, so it is told as
    /// missed, with an apology. Once the result is late, the review's date says nothing more and is left out.
    /// </summary>
    private IEnumerable<string> Dates(Complaint c, long nowMs)
    {
        if (c.ResultAt is { } told) yield return texts.Plain("progress.result_given", Texts.Values(("result_at", Date(told))));
        if (c.ClosedAt is { } closed) yield return texts.Plain("progress.closed", Texts.Values(("closed_at", Date(closed))));
        if (c.ResultAt is not null || c.ClosedAt is not null) yield break;
        var result = Texts.Values(("result_due", Date(c.ResultDue)));
        if (Passed(c.ResultDue, nowMs))
        {
            yield return texts.Plain("progress.result_overdue", result);
            yield break;
        }
        var reviewing = c.DecidedAt is null && c.Decision is null;
        if (!reviewing) yield return texts.Plain("progress.expected_result", result);
        else if (Passed(c.ReviewDue, nowMs))
        {
            yield return texts.Plain("progress.review_overdue", Texts.Values(("review_due", Date(c.ReviewDue))));
            yield return texts.Plain("progress.expected_result", result);
        }
        else yield return texts.Plain("progress.expected", Texts.Values(("review_due", Date(c.ReviewDue)), ("result_due", Date(c.ResultDue))));
    }

    private static string Date(long ms) => ComplaintService.FormatDate(Clock.FromMs(ms));

    /// <summary>
    /// Only once the due day is over: the reader sees a date, not the office's closing time, so "5 November has
    /// passed" must not be said in the evening of 5 November.
    /// </summary>
    private static bool Passed(long dueMs, long nowMs) =>
        BangkokTime.DateOf(Clock.FromMs(nowMs)) > BangkokTime.DateOf(Clock.FromMs(dueMs));

    private string? Decision(Complaint c) => c.Decision switch
    {
        null => null,
        ComplaintStage.Forwarded when agencies.Read(c) is { } agency => texts.Plain("complaint.forwarded_to", Texts.Values(("agency", agency))),
        var decided => texts.Plain("complaint.decision." + decided),
    };
}
