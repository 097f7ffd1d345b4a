namespace ItaBot.Measures.Import;

/// <summary>Reads a measures file (YAML, or JSON with the same field names) and checks it; see samples/measures/README.md.</summary>
public static class MeasuresFileParser
{
    /// <param name="fileName">Used only to name the file in error messages.</param>
    /// <exception cref="MeasuresFileException">The file is malformed or breaks a rule; the message says where.</exception>
    public static MeasuresFile Parse(string content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var where = new ErrorLocation(fileName);
        var raw = MeasuresYamlReader.Read(content, fileName);
        var fiscalYear = ReadFiscalYear(raw.FiscalYear, where);
        return new MeasuresFile(Organisation(raw.Organisation, where), fiscalYear, Measures(raw.Measures, fiscalYear, where));
    }

    private static int ReadFiscalYear(int? value, ErrorLocation where) => value switch
    {
        null => throw where.Error("fiscal_year is missing"),
        var year when !FiscalYear.IsPlausible(year.Value) => throw where.Error(
            $"fiscal_year {year} is not a Buddhist-era year between {FiscalYear.EarliestPlausible} and {FiscalYear.LatestPlausible}"),
        _ => value.Value,
    };

    private static OrganisationInfo Organisation(RawOrganisation? raw, ErrorLocation where)
    {
        if (raw is null)
        {
            throw where.Error("organisation is missing");
        }

        return new OrganisationInfo(
            TextFields.Required(raw.Name, "organisation.name", where),
            TextFields.Optional(raw.Kind),
            TextFields.Optional(raw.District),
            TextFields.Optional(raw.Province));
    }

    private static IReadOnlyList<MeasureSpec> Measures(List<RawMeasure?>? raws, int fiscalYear, ErrorLocation where)
    {
        if (raws is null || raws.Count == 0)
        {
            throw where.Error("measures is empty");
        }

        var measures = new List<MeasureSpec>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < raws.Count; i++)
        {
            var raw = raws[i] ?? new RawMeasure();
            var at = where.InMeasure(TextFields.Optional(raw.Code), i);
            var measure = MeasureMapper.Map(raw, fiscalYear, at);
            if (!codes.Add(measure.Code))
            {
                throw at.Error("code is duplicated within the file");
            }

            measures.Add(measure);
        }

        return measures.AsReadOnly();
    }
}
