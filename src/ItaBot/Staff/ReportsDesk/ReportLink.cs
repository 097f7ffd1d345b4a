namespace ItaBot.Staff.ReportsDesk;

/// <summary>A written report file and until when its link works. FileId names the file on disk; FileName is what the browser saves.</summary>
public sealed record ReportLink(string FileId, string FileName, long ExpiresAtMs);
