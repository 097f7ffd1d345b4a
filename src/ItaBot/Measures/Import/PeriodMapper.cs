using System.Globalization;

namespace ItaBot.Measures.Import;

internal static class PeriodMapper
{
    // Years past this are almost certainly Buddhist-era dates typed into a Christian-era field.
    private const int LatestChristianYear = 2400;

    public static PeriodSpec Map(RawPeriod? raw, int fiscalYear, ErrorLocation where)
    {
        if (raw is null)
        {
            return PeriodSpec.Unspecified;
        }

        var from = ParseDate(raw.From, "period.from", where);
        var to = ParseDate(raw.To, "period.to", where);
        var allYear = raw.AllYear ?? false;
        CheckShape(allYear, from, to, where);
        CheckWithinYear(from, "period.from", fiscalYear, where);
        CheckWithinYear(to, "period.to", fiscalYear, where);
        return new PeriodSpec(allYear, from, to, TextFields.Optional(raw.Text));
    }

    private static void CheckShape(bool allYear, DateOnly? from, DateOnly? to, ErrorLocation where)
    {
        if (allYear && (from is not null || to is not null))
        {
            throw where.Error("period has all_year together with from/to; use one or the other");
        }

        if (from is null != to is null)
        {
            throw where.Error(from is null ? "period.from is missing" : "period.to is missing");
        }

        if (from > to)
        {
            throw where.Error($"period.from {from:yyyy-MM-dd} is after period.to {to:yyyy-MM-dd}");
        }
    }

    private static void CheckWithinYear(DateOnly? date, string field, int fiscalYear, ErrorLocation where)
    {
        if (date is { } d && !FiscalYear.Contains(fiscalYear, d))
        {
            throw where.Error(
                $"{field} {d:yyyy-MM-dd} is outside fiscal year {fiscalYear} " +
                $"({FiscalYear.FirstDay(fiscalYear):yyyy-MM-dd} to {FiscalYear.LastDay(fiscalYear):yyyy-MM-dd})");
        }
    }

    private static DateOnly? ParseDate(string? value, string field, ErrorLocation where)
    {
        var text = TextFields.Optional(value);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw where.Error($"{field} '{text}' is not a date in the form yyyy-MM-dd (Christian era)");
        }

        if (date.Year > LatestChristianYear)
        {
            throw where.Error(
                $"{field} {text} looks like a Buddhist-era date; write it in the Christian era " +
                $"({date.Year} is {date.Year - FiscalYear.BuddhistEraOffset})");
        }

        return date;
    }
}
