using ItaBot.Reports;

namespace ItaBot.Tests.Reports;

public sealed class SatisfactionDisclosureTests
{
    private static readonly DateOnly YearStart = new(2024, 10, 1);

    [Fact]
    public void No_mean_is_let_out_before_five_ratings_have_been_given_by_a_month_end()
    {
        var four = Ratings((Day(2024, 10, 3), 5), (Day(2024, 10, 9), 1), (Day(2024, 11, 2), 4), (Day(2024, 12, 30), 2));

        Assert.Empty(SatisfactionDisclosure.Next([], four, YearStart, Day(2025, 9, 30)));
    }

    [Fact]
    public void A_mean_counts_to_the_last_month_end_never_to_the_day_it_is_asked_for()
    {
        var ratings = Ratings((Day(2024, 10, 3), 5), (Day(2024, 10, 9), 1), (Day(2024, 10, 12), 4), (Day(2024, 10, 20), 2), (Day(2024, 10, 31), 3));

        Assert.Empty(SatisfactionDisclosure.Next([], ratings, YearStart, Day(2024, 10, 30)));
        Assert.Equal([new SatisfactionRelease(Day(2024, 10, 31), 5, 15)], SatisfactionDisclosure.Next([], ratings, YearStart, Day(2024, 11, 14)));
    }

    [Fact]
    public void A_month_that_brings_fewer_than_five_new_ratings_lets_out_no_new_mean_however_many_months_pass()
    {
        var first = new SatisfactionRelease(Day(2024, 10, 31), 5, 15);
        var ratings = Ratings(
            (Day(2024, 10, 3), 5), (Day(2024, 10, 9), 1), (Day(2024, 10, 12), 4), (Day(2024, 10, 20), 2), (Day(2024, 10, 31), 3),
            (Day(2024, 11, 5), 1), (Day(2025, 2, 1), 5), (Day(2025, 6, 7), 2), (Day(2025, 9, 30), 4));

        Assert.Empty(SatisfactionDisclosure.Next([first], ratings, YearStart, Day(2025, 9, 30)));
        Assert.Equal(new SatisfactionStats(9, first), SatisfactionDisclosure.Stats([first], ratings, Day(2025, 9, 30)));
    }

    [Fact]
    public void The_next_mean_comes_at_the_first_month_end_by_which_five_more_people_have_rated()
    {
        var first = new SatisfactionRelease(Day(2024, 10, 31), 5, 15);
        var ratings = Ratings(
            (Day(2024, 10, 3), 5), (Day(2024, 10, 9), 1), (Day(2024, 10, 12), 4), (Day(2024, 10, 20), 2), (Day(2024, 10, 31), 3),
            (Day(2024, 11, 5), 1), (Day(2024, 11, 6), 1), (Day(2024, 12, 1), 5), (Day(2025, 1, 7), 2), (Day(2025, 1, 31), 4), (Day(2025, 2, 2), 3));

        var added = SatisfactionDisclosure.Next([first], ratings, YearStart, Day(2025, 9, 30));

        Assert.Equal([new SatisfactionRelease(Day(2025, 1, 31), 10, 28)], added);
        Assert.Equal(2.8, added[0].Mean);
    }

    [Fact]
    public void A_mean_already_let_out_is_kept_as_it_was_even_if_a_rating_it_counted_has_since_gone()
    {
        var shown = new SatisfactionRelease(Day(2024, 10, 31), 5, 15);
        // One of the five was erased afterwards: recomputed, October would be four ratings totalling 10.
        var left = Ratings((Day(2024, 10, 3), 5), (Day(2024, 10, 12), 4), (Day(2024, 10, 20), 2), (Day(2024, 10, 31), 3));

        Assert.Equal(shown, SatisfactionDisclosure.Stats([shown], left, Day(2024, 11, 30)).Released);
        Assert.Empty(SatisfactionDisclosure.Next([shown], left, YearStart, Day(2024, 11, 30)));
    }

    [Fact]
    public void A_day_before_the_first_mean_shows_none_and_a_day_after_a_later_one_shows_that_later_one()
    {
        SatisfactionRelease[] released = [new(Day(2024, 10, 31), 5, 15), new(Day(2025, 1, 31), 10, 28)];

        Assert.Null(SatisfactionDisclosure.Stats(released, [], Day(2024, 10, 30)).Released);
        Assert.Equal(released[0], SatisfactionDisclosure.Stats(released, [], Day(2025, 1, 30)).Released);
        Assert.Equal(released[1], SatisfactionDisclosure.Stats(released, [], Day(2025, 9, 30)).Released);
    }

    /// <summary>
    /// The differencing attack, tried exhaustively: ratings arrive on random days of a year; the figures are looked at
    /// every day, the means let out being kept between looks as the ledger keeps them. Any two days' figures either
    /// show the same mean or means whose counts differ by at least five ratings, so no one rating can be worked out.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Figures_looked_at_on_any_two_days_show_the_same_mean_or_means_at_least_five_ratings_apart(int seed)
    {
        var random = new Random(seed);
        var yearEnd = Day(2025, 9, 30);
        var ratings = Enumerable.Range(0, random.Next(20, 60))
            .Select(_ => new DatedRating(YearStart.AddDays(random.Next(0, 365)), random.Next(1, 6)))
            .OrderBy(r => r.Day).ToList();
        var released = new List<SatisfactionRelease>();
        var shown = new List<SatisfactionRelease?>();

        for (var day = YearStart; day <= yearEnd; day = day.AddDays(1))
        {
            released.AddRange(SatisfactionDisclosure.Next(released, ratings, YearStart, day));
            shown.Add(SatisfactionDisclosure.Stats(released, ratings, day).Released);
        }

        var distinct = shown.OfType<SatisfactionRelease>().Distinct().ToList();
        Assert.NotEmpty(distinct);
        Assert.All(distinct, r => Assert.True(r.Count >= SatisfactionDisclosure.MinRatings));
        Assert.All(distinct.Zip(distinct.Skip(1)), pair => Assert.True(pair.Second.Count - pair.First.Count >= SatisfactionDisclosure.MinRatings));
        Assert.All(distinct, r => Assert.Equal(r.Until, new DateOnly(r.Until.Year, r.Until.Month, 1).AddMonths(1).AddDays(-1)));
    }

    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    private static List<DatedRating> Ratings(params (DateOnly Day, int Score)[] ratings) =>
        ratings.Select(r => new DatedRating(r.Day, r.Score)).ToList();
}
