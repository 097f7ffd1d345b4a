namespace ItaBot.Measures.Import;

/// <summary>One organisation's integrity and transparency measures for one fiscal year, as read from a measures file.</summary>
/// <param name="FiscalYear">Buddhist-era fiscal year, e.g. 2568 (1 Oct 2024 to 30 Sep 2025).</param>
public sealed record MeasuresFile(OrganisationInfo Organisation, int FiscalYear, IReadOnlyList<MeasureSpec> Measures);
