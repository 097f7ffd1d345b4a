namespace ItaBot.Measures.Import;

internal static class MeasureMapper
{
    public static MeasureSpec Map(RawMeasure raw, int fiscalYear, ErrorLocation where)
    {
        var code = TextFields.Required(raw.Code, "code", where);
        var title = TextFields.Required(raw.Title, "title", where);
        var activities = Activities(raw.Activities, fiscalYear, where);
        return new MeasureSpec(code, title, TextFields.Optional(raw.Indicator), activities);
    }

    private static IReadOnlyList<ActivitySpec> Activities(List<RawActivity?>? raws, int fiscalYear, ErrorLocation where)
    {
        if (raws is null || raws.Count == 0)
        {
            throw where.Error("activities is empty");
        }

        var activities = new List<ActivitySpec>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < raws.Count; i++)
        {
            var raw = raws[i] ?? new RawActivity();
            var at = where.InActivity(TextFields.Optional(raw.Code), i);
            var activity = ActivityMapper.Map(raw, fiscalYear, at);
            if (!codes.Add(activity.Code))
            {
                throw at.Error("code is duplicated within the measure");
            }

            activities.Add(activity);
        }

        return activities.AsReadOnly();
    }
}
