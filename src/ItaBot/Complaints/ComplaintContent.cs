namespace ItaBot.Complaints;

/// <summary>What the complainant told us; stored only encrypted.</summary>
public sealed record ComplaintContent(
    string? Who,
    string? What,
    string? When,
    string? Where,
    double? Latitude,
    double? Longitude,
    int EvidenceCount);

/// <summary>Who complained, for identified complaints only; stored only encrypted.</summary>
public sealed record ComplainantIdentity(string? Name, string? Phone);
