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
public sealed class ComplainantProgress(ForwardingAgency agencies, ComplainantNotes notes, Texts texts)
{
    public string Status(Complaint c) => texts.Plain("stage." + c.Stage);

    /// <summary>The status line followed by whatever else there is to say, one fact a line.</summary>
    public string Lines(Complaint c) =>
        string.Join("\n", Details(c).Prepend(texts.Plain("progress.status", Texts.Values(("status", Status(c))))));

    /// <summary>The lines after the status: the decision, result and note when there are any, then the dates.</summary>
    public IEnumerable<string> Details(Complaint c)
    {
        if (Decision(c) is { } decision) yield return texts.Plain("progress.decision", Texts.Values(("decision", decision)));
        if (notes.Result(c) is { } result) yield return texts.Plain("progress.result", Texts.Values(("result", result)));
        if (notes.CurrentNote(c) is { } note) yield return texts.Plain("progress.note", Texts.Values(("note", note)));
        foreach (var line in Dates(c)) yield return line;
    }

    /// <summary>
    /// What is still due while it is ahead, and when it happened once it has: a case whose result was told, or
    /// which is closed, promises no date any more. The review's date goes once the review has decided.
    /// </summary>
    private IEnumerable<string> Dates(Complaint c)
    {
        if (c.ResultAt is { } told) yield return texts.Plain("progress.result_given", Texts.Values(("result_at", Date(told))));
        if (c.ClosedAt is { } closed) yield return texts.Plain("progress.closed", Texts.Values(("closed_at", Date(closed))));
        if (c.ResultAt is not null || c.ClosedAt is not null) yield break;
        yield return c.DecidedAt is null && c.Decision is null
            ? texts.Plain("progress.expected", Texts.Values(("review_due", Date(c.ReviewDue)), ("result_due", Date(c.ResultDue))))
            : texts.Plain("progress.expected_result", Texts.Values(("result_due", Date(c.ResultDue))));
    }

    private static string Date(long ms) => ComplaintService.FormatDate(Clock.FromMs(ms));

    private string? Decision(Complaint c) => c.Decision switch
    {
        null => null,
        ComplaintStage.Forwarded when agencies.Read(c) is { } agency => texts.Plain("complaint.forwarded_to", Texts.Values(("agency", agency))),
        var decided => texts.Plain("complaint.decision." + decided),
    };
}
