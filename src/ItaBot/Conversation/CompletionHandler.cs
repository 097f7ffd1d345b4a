using ItaBot.Complaints;
using ItaBot.Dialogs;
using ItaBot.Feedback;
using ItaBot.Inbox;
using ItaBot.Line.Messaging;
using ItaBot.Security;
using ItaBot.Tracking;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Conversation;

/// <summary>Performs what a finished flow asked for and says so in the texts of texts.yaml.</summary>
public sealed class CompletionHandler(
    ComplaintService complaints,
    FeedbackService feedback,
    TrackingService tracking,
    Texts texts,
    FieldCipher cipher,
    OrganisationContact organisation,
    IEnumerable<IFlowAction> actions)
{
    /// <summary>Actions whose answer tells which case or feedback is the sender's: never in a group, whatever the YAML says.</summary>
    private static readonly HashSet<string> OneToOneActions =
        new(["complaint.submit", "feedback.submit", "track.code", "track.mine", "satisfaction.submit"], StringComparer.Ordinal);

    public async Task<IReadOnlyList<Message>> HandleAsync(Turn turn, FlowCompletion completion, CancellationToken ct) =>
        !turn.IsOneToOne && OneToOneActions.Contains(completion.Action)
            ? [texts.Message("common.private_only")]
            : await PerformAsync(turn, completion, ct);

    private async Task<IReadOnlyList<Message>> PerformAsync(Turn turn, FlowCompletion completion, CancellationToken ct) => completion.Action switch
    {
        "complaint.submit" => await SubmitComplaintAsync(turn, completion, ct),
        "feedback.submit" => [await SubmitFeedbackAsync(turn, completion, ct)],
        "track.code" => [await tracking.ByCodeAsync(turn.Db, Slot(completion, "code"), turn.UserId!, turn.Now, ct)],
        "track.mine" => await tracking.MineAsync(turn.Db, turn.UserId!, turn.Now, ct),
        "satisfaction.submit" => [await RateAsync(turn, completion, ct)],
        _ => await actions.FirstOrDefault(a => a.Action == completion.Action)?.RunAsync(turn, completion, ct)!
             ?? throw new InvalidOperationException($"flow {completion.FlowId} asked for unknown action {completion.Action}"),
    };

    private async Task<IReadOnlyList<Message>> SubmitComplaintAsync(Turn turn, FlowCompletion completion, CancellationToken ct)
    {
        var receipt = await complaints.SubmitAsync(turn.Db, completion.Slots, turn.UserId, turn.Now, ct);
        var values = organisation.With(Texts.Values(
            ("case_no", receipt.CaseNo),
            ("receipt_code", receipt.ReceiptCode),
            ("review_due", ComplaintService.FormatDate(receipt.ReviewDue)),
            ("result_due", ComplaintService.FormatDate(receipt.ResultDue))));
        // The code goes in a message of its own, so it can be copied or shown at the office as it is.
        var code = new ItaBot.Line.Messaging.TextMessage(receipt.ReceiptCode)
        {
            QuickReply = new QuickReply
            {
                Items = [new QuickReplyItem(new ClipboardAction(texts.Plain("complaint.copy_code"), receipt.ReceiptCode))],
            },
        };
        return [texts.Message(receipt.Anonymous ? "complaint.submitted" : "complaint.submitted_named", values), code];
    }

    private async Task<Message> SubmitFeedbackAsync(Turn turn, FlowCompletion completion, CancellationToken ct)
    {
        var refNo = await feedback.SubmitAsync(turn.Db, completion.Slots, turn.UserId, turn.Now, ct);
        return texts.Message("feedback.submitted", Texts.Values(("ref_no", refNo)), texts.Buttons("menu.buttons"));
    }

    /// <summary>Only the complainant of a closed case may rate it; the case id in the flow is checked, not trusted.</summary>
    private async Task<Message> RateAsync(Turn turn, FlowCompletion completion, CancellationToken ct)
    {
        if (long.TryParse(Slot(completion, "case_ref"), out var id) && int.TryParse(Slot(completion, "score"), out var rating)
            && rating is >= 1 and <= 5 && turn.UserId is { } userId)
        {
            var hash = tracking.UserHash(userId);
            var complaint = await turn.Db.Complaints.FirstOrDefaultAsync(c => c.Id == id && c.ComplainantHash == hash, ct);
            if (complaint is not null)
            {
                complaint.Satisfaction = rating;
                // Published figures count a rating from the day it was given (SatisfactionDisclosure), not from its case's last change.
                complaint.SatisfactionAt = complaint.UpdatedAt = turn.Now.ToUnixTimeMilliseconds();
                complaint.SatisfactionComment = Slot(completion, "comment") is { Length: > 0 } comment
                    ? cipher.EncryptText(comment, ComplaintService.SatisfactionPurpose)
                    : null;
            }
        }
        return texts.Message("satisfaction.thanks", extra: texts.Buttons("menu.buttons"));
    }

    private static string? Slot(FlowCompletion completion, string key) =>
        completion.Slots.TryGetValue(key, out var v) ? v.Value : null;
}
