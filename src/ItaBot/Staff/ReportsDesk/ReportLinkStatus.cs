namespace ItaBot.Staff.ReportsDesk;

public enum ReportLinkStatus
{
    /// <summary>Malformed, or the signature does not match: treated as if no such link exists.</summary>
    Invalid,
    Expired,
    Valid,
}
