namespace ItaBot.Reports;

/// <summary>
/// When a satisfaction mean may be published: the one rule /stats, /stats.json and every report file follow.
/// Ratings come from identifiable people (a complainant rates how their own case was handled), and two means that
/// differ by one rating give that rating away: (n + 1) × new mean − n × old mean. So a mean counts whole months only
/// (to a month-end), and a new one is let out only once at least <see cref="MinRatings"/> ratings were given since
/// the last one let out. Any two published means of a service and year then differ by at least that many people's
/// ratings, and the first needs that many to exist at all. Means once let out are kept and never recomputed
/// (<c>SatisfactionReleases</c>), so erasing or purging a rating later cannot make one figure differ by one person.
/// </summary>
public static class SatisfactionDisclosure
{
    public const int MinRatings = 5;

    /// <summary>
    /// The means to let out now: month-ends after the last one <paramref name="released"/> (oldest first), from the
    /// month of <paramref name="from"/> to <paramref name="dataUntil"/>, by which at least <see cref="MinRatings"/>
    /// ratings had been given since the previous mean let out.
    /// </summary>
    public static IReadOnlyList<SatisfactionRelease> Next(
        IReadOnlyList<SatisfactionRelease> released, IReadOnlyList<DatedRating> ratings, DateOnly from, DateOnly dataUntil)
    {
        var added = new List<SatisfactionRelease>();
        var last = released.Count > 0 ? released[^1].Until : (DateOnly?)null;
        for (var end = MonthEnd(last?.AddDays(1) ?? from); end <= dataUntil; end = MonthEnd(end.AddDays(1)))
        {
            var since = last;
            if (ratings.Count(r => r.Day <= end && (since is null || r.Day > since)) < MinRatings) continue;
            var counted = ratings.Where(r => r.Day <= end).ToList();
            added.Add(new SatisfactionRelease(end, counted.Count, counted.Sum(r => r.Score)));
            last = end;
        }
        return added;
    }

    /// <summary>What an output counted to the end of <paramref name="dataUntil"/> shows, given every mean let out (oldest first).</summary>
    public static SatisfactionStats Stats(IReadOnlyList<SatisfactionRelease> released, IReadOnlyList<DatedRating> ratings, DateOnly dataUntil) =>
        new(ratings.Count(r => r.Day <= dataUntil), released.LastOrDefault(r => r.Until <= dataUntil));

    private static DateOnly MonthEnd(DateOnly day) => new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1);
}
