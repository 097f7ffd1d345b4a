namespace ItaBot.Staff.Cases;

/// <summary>A requested stage change, as typed into the note flow; nothing in it is trusted until re-checked.</summary>
public sealed record CaseMove(long CaseId, string Target, string Note, string? Agency);
