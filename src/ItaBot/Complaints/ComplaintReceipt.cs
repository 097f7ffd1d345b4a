namespace ItaBot.Complaints;

/// <summary>What a complainant is told on submission. The code itself exists only here and in that message.</summary>
public sealed record ComplaintReceipt(long Id, string CaseNo, string ReceiptCode, DateTimeOffset ReviewDue, DateTimeOffset ResultDue, bool Anonymous);
