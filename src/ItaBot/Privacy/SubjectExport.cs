using System.Text.Json.Nodes;
using ItaBot.Complaints;
using ItaBot.Conversation;
using ItaBot.Feedback;
using ItaBot.Security;
using ItaBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Privacy;

/// <summary>
/// A data subject's copy of everything linked to their LINE account (PDPA section 30): their LINE user row,
/// identified complaints with decrypted content, feedback, and where they are in a conversation.
/// Anonymous complaints are not linked to anyone, so they cannot (and must not) appear here.
/// </summary>
public sealed class SubjectExport(FieldCipher cipher, BlindIndex index, DialogStore dialogs, ForwardingAgency agencies,
    ComplainantNotes notes)
{
    public async Task<JsonObject> ExportAsync(ItaBotDb db, string lineUserId, DateTimeOffset now, CancellationToken ct)
    {
        var hash = index.User(lineUserId);
        var user = await db.LineUsers.AsNoTracking().FirstOrDefaultAsync(u => u.UserHash == hash, ct);
        var complaints = await db.Complaints.AsNoTracking().Where(c => c.ComplainantHash == hash).OrderBy(c => c.Id).ToListAsync(ct);
        var feedback = await db.Feedback.AsNoTracking().Where(f => f.UserHash == hash).OrderBy(f => f.Id).ToListAsync(ct);
        var staff = await db.StaffMembers.AsNoTracking().Where(s => s.UserHash == hash).ToListAsync(ct);
        var dialog = await dialogs.ReadAsync(db, lineUserId, ct);
        return new JsonObject
        {
            ["exportedAt"] = now.ToString("O"),
            ["lineUserId"] = lineUserId,
            ["lineUser"] = user is null ? null : new JsonObject
            {
                ["firstSeen"] = Time(user.FirstSeen), ["lastSeen"] = Time(user.LastSeen), ["blocked"] = user.Blocked,
            },
            ["complaints"] = new JsonArray([.. complaints.Select(c => (JsonNode)new JsonObject
            {
                ["caseNo"] = c.CaseNo,
                ["stage"] = c.Stage,
                ["receivedAt"] = Time(c.ReceivedAt),
                ["closedAt"] = c.ClosedAt is { } closed ? Time(closed) : null,
                ["content"] = Json(cipher.DecryptText(c.Content, ComplaintService.ContentPurpose)),
                ["identity"] = c.Identity is null ? null : Json(cipher.DecryptText(c.Identity, ComplaintService.IdentityPurpose)),
                ["decision"] = c.Decision,
                ["forwardedTo"] = agencies.Read(c),
                ["result"] = notes.Result(c),
                ["publicNote"] = cipher.DecryptOptional(c.PublicNote, ComplaintService.NotePurpose),
            })]),
            ["feedback"] = new JsonArray([.. feedback.Select(f => (JsonNode)new JsonObject
            {
                ["refNo"] = f.RefNo,
                ["category"] = f.Category,
                ["unit"] = f.Unit,
                ["status"] = f.Status,
                ["receivedAt"] = Time(f.ReceivedAt),
                ["text"] = cipher.DecryptText(f.Text, FeedbackService.TextPurpose),
                ["contact"] = cipher.DecryptOptional(f.Contact, FeedbackService.ContactPurpose),
                ["answer"] = cipher.DecryptOptional(f.Answer, FeedbackService.AnswerPurpose),
                ["rating"] = f.Rating,
            })]),
            ["staffMemberships"] = new JsonArray([.. staff.Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.Id, ["role"] = s.Role, ["unit"] = s.Unit, ["status"] = s.Status,
            })]),
            ["conversation"] = dialog.State is null ? null : Json(ItaBot.Dialogs.DialogStateJson.Serialize(dialog.State)),
            // The purge's mark holds nothing typed, but it is still kept about this person until they are told.
            ["deletedDraftNoticePending"] = dialog.Removed,
        };
    }

    private static string Time(long ms) => Clock.FromMs(ms).ToString("O");

    private static JsonNode? Json(string text)
    {
        try { return JsonNode.Parse(text); }
        catch (System.Text.Json.JsonException) { return JsonValue.Create(text); }
    }
}
