namespace ItaBot.Reports.Data;

/// <summary>The columns of a complaint that statistics need: no content, no identity, nothing that names anyone.</summary>
internal sealed record ComplaintFacts(
    string Stage,
    long ReceivedAt,
    long ReviewDue,
    long ResultDue,
    long? ReviewedAt,
    long? ResultAt,
    string? Decision,
    bool HasAgency,
    int? Satisfaction);
