namespace ItaBot.Reports;

/// <summary>Everything the annual ITA measures report shows. FiscalYear may be Buddhist (2568) or Gregorian (2025).</summary>
public sealed record MeasuresReportModel(
    OrganisationDetails Org,
    int FiscalYear,
    IReadOnlyList<MeasureRow> Measures,
    DateOnly GeneratedOn);
