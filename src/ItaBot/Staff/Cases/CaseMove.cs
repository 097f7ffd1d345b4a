namespace ItaBot.Staff.Cases;

/// <summary>
/// A requested stage change, as typed into the note flow; nothing in it is trusted until re-checked. Note is internal;
/// ForComplainant is the result when the target is แจ้งผล, otherwise the public note of the new stage.
/// </summary>
public sealed record CaseMove(long CaseId, string Target, string Note, string? Agency, string? ForComplainant = null);
