using ItaBot.Audit;
using ItaBot.Complaints;
using ItaBot.Configuration;
using ItaBot.Dialogs;
using ItaBot.Security;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.Extensions.Options;

namespace ItaBot.Feedback;

/// <summary>
/// The opinions channel (ช่องทางรับฟังความคิดเห็น): its own table, its own numbering, handled by unit staff.
/// It is deliberately not the complaint channel; the dialog steers allegations away before anything is stored.
/// </summary>
public sealed class FeedbackService(FieldCipher cipher, BlindIndex index, IOptions<OrganisationOptions> organisation)
{
    public const string TextPurpose = "feedback.text";
    public const string ContactPurpose = "feedback.contact";
    public const string AnswerPurpose = "feedback.answer";

    public async Task<string> SubmitAsync(ItaBotDb db, IReadOnlyDictionary<string, SlotValue> slots, string? userId,
        DateTimeOffset now, CancellationToken ct)
    {
        var fiscalYear = CaseNumbers.FiscalYearOf(now);
        var sequence = await Sequences.NextAsync(db, CaseNumbers.Series(CaseNumbers.FeedbackPrefix, fiscalYear), ct);
        var wantsAnswer = Value(slots, "wants_reply") is "yes" or "true";
        var photo = slots.TryGetValue("photo", out var p) ? p.Items?.FirstOrDefault(i => i.MessageId is not null) : null;
        var rating = int.TryParse(Value(slots, "rating"), out var r) && r is >= 1 and <= 5 ? r : (int?)null;
        var entry = new FeedbackEntry
        {
            FiscalYear = fiscalYear,
            Sequence = sequence,
            RefNo = CaseNumbers.Format(CaseNumbers.FeedbackPrefix, fiscalYear, sequence),
            Category = Display(slots, "category") ?? "อื่น ๆ",
            Unit = organisation.Value.FeedbackUnit,
            Text = cipher.EncryptText(Value(slots, "message") ?? "", TextPurpose),
            PhotoMessageId = photo?.MessageId,
            PhotoStatus = photo?.MessageId is null ? null : EvidenceStatus.Pending,
            Rating = rating,
            WantsAnswer = wantsAnswer,
            Contact = wantsAnswer ? cipher.EncryptOptional(Display(slots, "contact"), ContactPurpose) : null,
            UserHash = userId is null ? null : index.User(userId),
            Status = FeedbackStatus.New,
            ReceivedAt = now.ToUnixTimeMilliseconds(),
        };
        db.Feedback.Add(entry);
        AuditLog.Add(db, now, "citizen", "feedback.submitted", entry.RefNo, entry.Category);
        return entry.RefNo;
    }

    private static string? Value(IReadOnlyDictionary<string, SlotValue> slots, string key) =>
        slots.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.Value) ? v.Value : null;

    private static string? Display(IReadOnlyDictionary<string, SlotValue> slots, string key) =>
        slots.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.Display) ? v.Display : null;
}
