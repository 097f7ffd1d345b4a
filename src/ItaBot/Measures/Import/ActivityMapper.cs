namespace ItaBot.Measures.Import;

internal static class ActivityMapper
{
    public static ActivitySpec Map(RawActivity raw, int fiscalYear, ErrorLocation where)
    {
        var code = TextFields.Required(raw.Code, "code", where);
        var title = TextFields.Required(raw.Title, "title", where);
        var units = TextFields.List(raw.Units);
        if (units.Count == 0)
        {
            throw where.Error("units is empty");
        }

        var status = Status(raw.Status, where);
        return new ActivitySpec(
            code,
            title,
            units,
            PeriodMapper.Map(raw.Period, fiscalYear, where),
            TextFields.Optional(raw.Indicator),
            status,
            Progress(raw.Progress, status, where),
            TextFields.Optional(raw.Result),
            TextFields.Optional(raw.Outcome),
            EvidenceLinks(raw.EvidenceLinks, where));
    }

    private static string Status(string? value, ErrorLocation where)
    {
        var status = TextFields.Optional(value) ?? ActivityStatuses.NotStarted;
        return ActivityStatuses.All.Contains(status)
            ? status
            : throw where.Error($"status '{status}' is unknown; use one of {string.Join(", ", ActivityStatuses.All)}");
    }

    // A finished activity with no stated progress is taken as complete rather than at zero.
    private static int Progress(int? value, string status, ErrorLocation where) => value switch
    {
        null => status == ActivityStatuses.Done ? 100 : 0,
        < 0 or > 100 => throw where.Error($"progress {value} is outside 0..100"),
        _ => value.Value,
    };

    private static IReadOnlyList<string> EvidenceLinks(List<string?>? values, ErrorLocation where)
    {
        var links = TextFields.List(values);
        foreach (var link in links)
        {
            if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw where.Error($"evidence_links entry '{link}' is not an http(s) address");
            }
        }

        return links;
    }
}
