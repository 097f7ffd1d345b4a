using ItaBot.Complaints;
using ItaBot.Conversation;
using ItaBot.Storage.Entities;

namespace ItaBot.Tracking;

/// <summary>
/// What a complainant is told about their case, the same whether they track it by code, list their own cases or
/// are pushed a change: the stage, the decision once one is made, the result once told, and the public note of the
/// current stage. Nothing else on the row
/// (the internal notes, who complained, what was alleged) is ever read here.
/// </summary>
public sealed class ComplainantProgress(ForwardingAgency agencies, ComplainantNotes notes, Texts texts)
{
    public string Status(Complaint c) => texts.Plain("stage." + c.Stage);

    /// <summary>The status line followed by whatever else there is to say, one fact a line.</summary>
    public string Lines(Complaint c) =>
        string.Join("\n", Details(c).Prepend(texts.Plain("progress.status", Texts.Values(("status", Status(c))))));

    /// <summary>The lines after the status; none while nothing is decided and no note was left.</summary>
    public IEnumerable<string> Details(Complaint c)
    {
        if (Decision(c) is { } decision) yield return texts.Plain("progress.decision", Texts.Values(("decision", decision)));
        if (notes.Result(c) is { } result) yield return texts.Plain("progress.result", Texts.Values(("result", result)));
        if (notes.CurrentNote(c) is { } note) yield return texts.Plain("progress.note", Texts.Values(("note", note)));
    }

    private string? Decision(Complaint c) => c.Decision switch
    {
        null => null,
        ComplaintStage.Forwarded when agencies.Read(c) is { } agency => texts.Plain("complaint.forwarded_to", Texts.Values(("agency", agency))),
        var decided => texts.Plain("complaint.decision." + decided),
    };
}
