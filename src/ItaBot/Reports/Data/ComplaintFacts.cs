namespace ItaBot.Reports.Data;

/// <summary>The columns of a complaint that statistics need: no content, no identity, nothing that names anyone.</summary>
internal sealed record ComplaintFacts(
    long Id,
    string Stage,
    long ReceivedAt,
    long ReviewDue,
    long ResultDue,
    long? ReviewedAt,
    long? DecidedAt,
    long? ResultAt,
    string? Decision,
    bool HasAgency,
    long UpdatedAt);
