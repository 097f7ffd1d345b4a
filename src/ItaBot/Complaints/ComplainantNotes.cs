using ItaBot.Security;
using ItaBot.Storage.Entities;

namespace ItaBot.Complaints;

/// <summary>
/// What officers write for the complainant to read: the public note of the current stage, and the result given at
/// แจ้งผล. Both are sealed; neither is ever an internal note, which lives only in ComplaintHistory.
/// </summary>
public sealed class ComplainantNotes(FieldCipher cipher)
{
    public const string ResultPurpose = "complaint.result";

    /// <summary>The note of the stage the case is at; one written at an earlier stage would read as news of this one.</summary>
    public string? CurrentNote(Complaint c) =>
        c.PublicNote is { } note && c.PublicNoteStage == c.Stage ? cipher.DecryptText(note, ComplaintService.NotePurpose) : null;

    /// <summary>Sets the note for the case's current stage, or leaves none.</summary>
    public void ReplaceNote(Complaint c, string? note)
    {
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        c.PublicNote = cipher.EncryptOptional(text, ComplaintService.NotePurpose);
        c.PublicNoteStage = text is null ? null : c.Stage;
    }

    public string? Result(Complaint c) => cipher.DecryptOptional(c.Result, ResultPurpose);

    public void RecordResult(Complaint c, string result) => c.Result = cipher.EncryptText(result.Trim(), ResultPurpose);
}
