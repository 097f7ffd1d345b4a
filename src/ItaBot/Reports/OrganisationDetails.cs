namespace ItaBot.Reports;

/// <summary>The organisation a report is issued by; District and Province may be given with or without their อำเภอ/จังหวัด prefix.</summary>
public sealed record OrganisationDetails(string Name, string District, string Province, string HeadName, string HeadTitle);
