using System.Text.Json;
using ItaBot.Alerts;
using ItaBot.Audit;
using ItaBot.Calendar;
using ItaBot.Dialogs;
using ItaBot.Security;
using ItaBot.Staff;
using ItaBot.Storage;
using ItaBot.Storage.Entities;

namespace ItaBot.Complaints;

/// <summary>
/// Files a corruption complaint from a finished dialog: numbers it, seals its content and the complainant's
/// identity, queues its evidence for download, and tells the officers that a case exists (only that).
/// </summary>
public sealed class ComplaintService(
    FieldCipher cipher,
    BlindIndex index,
    ComplaintDeadlines deadlines,
    StaffAlerts alerts,
    ComplaintAlerts alertTexts,
    ILogger<ComplaintService> log)
{
    public const string ContentPurpose = "complaint.content";
    public const string IdentityPurpose = "complaint.identity";
    public const string NotePurpose = "complaint.note";
    public const string LocationPurpose = "complaint.evidence.location";
    public const string SatisfactionPurpose = "complaint.satisfaction.comment";

    public async Task<ComplaintReceipt> SubmitAsync(ItaBotDb db, IReadOnlyDictionary<string, SlotValue> slots, string? userId,
        DateTimeOffset now, CancellationToken ct)
    {
        var anonymous = Value(slots, "identity") != "named";
        var fiscalYear = CaseNumbers.FiscalYearOf(now);
        var sequence = await Sequences.NextAsync(db, CaseNumbers.Series(CaseNumbers.ComplaintPrefix, fiscalYear), ct);
        var code = ReceiptCode.New();
        var evidence = Items(slots, "evidence");
        var location = Items(slots, "where").FirstOrDefault(i => i.Latitude is not null);
        var content = new ComplaintContent(Value(slots, "who"), Value(slots, "what"), Display(slots, "when"), Display(slots, "where"),
            location?.Latitude, location?.Longitude, evidence.Count);
        var reviewDue = deadlines.ReviewDue(now);
        var resultDue = deadlines.ExpectedResult(now);
        var complaint = new Complaint
        {
            FiscalYear = fiscalYear,
            Sequence = sequence,
            CaseNo = CaseNumbers.Format(CaseNumbers.ComplaintPrefix, fiscalYear, sequence),
            ReceiptHash = index.Receipt(code),
            Anonymous = anonymous,
            // An anonymous complainant is not linked to their LINE account at all; they follow with the code.
            ComplainantHash = anonymous || userId is null ? null : index.User(userId),
            Content = cipher.EncryptText(JsonSerializer.Serialize(content), ContentPurpose),
            Identity = anonymous ? null : cipher.EncryptText(
                JsonSerializer.Serialize(new ComplainantIdentity(Value(slots, "name"), Value(slots, "phone"))), IdentityPurpose),
            Stage = ComplaintStage.Received,
            ReceivedAt = now.ToUnixTimeMilliseconds(),
            ReviewDue = reviewDue.ToUnixTimeMilliseconds(),
            ResultDue = resultDue.ToUnixTimeMilliseconds(),
            StageDue = reviewDue.ToUnixTimeMilliseconds(),
            UpdatedAt = now.ToUnixTimeMilliseconds(),
        };
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(ct);
        AddEvidence(db, complaint.Id, evidence, now);
        db.ComplaintHistory.Add(new ComplaintHistory { ComplaintId = complaint.Id, At = now.ToUnixTimeMilliseconds(), ToStage = ComplaintStage.Received });
        AuditLog.Add(db, now, "citizen", "complaint.submitted", complaint.CaseNo, anonymous ? "anonymous" : "named");
        log.LogInformation("Complaint {CaseNo} recorded ({Kind}, {Evidence} evidence items), review due {ReviewDue:yyyy-MM-dd}",
            complaint.CaseNo, anonymous ? "anonymous" : "named", evidence.Count, reviewDue);
        var handlers = await StaffDirectory.ComplaintHandlersAsync(db, ct);
        await alerts.SendAsync(db, handlers, _ => alertTexts.NewComplaint(complaint), "alert.new_complaint", now, ct);
        return new ComplaintReceipt(complaint.Id, complaint.CaseNo, code, reviewDue, resultDue, anonymous);
    }

    private void AddEvidence(ItaBotDb db, long complaintId, IReadOnlyList<EvidenceItem> items, DateTimeOffset now)
    {
        foreach (var item in items)
        {
            var isLocation = item.Kind == "location";
            db.ComplaintEvidence.Add(new ComplaintEvidence
            {
                ComplaintId = complaintId,
                Kind = item.Kind,
                LineMessageId = isLocation ? null : item.MessageId,
                Location = isLocation
                    ? cipher.EncryptText(JsonSerializer.Serialize(new { item.Latitude, item.Longitude, item.Address }), LocationPurpose)
                    : null,
                // Locations are complete as they are; files still have to be fetched from LINE.
                Status = isLocation ? EvidenceStatus.Stored : EvidenceStatus.Pending,
                CreatedAt = now.ToUnixTimeMilliseconds(),
                NextAttemptAt = now.ToUnixTimeMilliseconds(),
            });
        }
    }

    private static string? Value(IReadOnlyDictionary<string, SlotValue> slots, string key) =>
        slots.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.Value) ? v.Value : null;

    private static string? Display(IReadOnlyDictionary<string, SlotValue> slots, string key) =>
        slots.TryGetValue(key, out var v) ? v.Display : null;

    private static IReadOnlyList<EvidenceItem> Items(IReadOnlyDictionary<string, SlotValue> slots, string key) =>
        slots.TryGetValue(key, out var v) && v.Items is not null ? v.Items : [];

    public static string FormatDate(DateTimeOffset at) => ThaiDates.FormatLong(BangkokTime.DateOf(at));
}
