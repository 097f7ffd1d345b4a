using ItaBot.Complaints;

namespace ItaBot.Tests.Core;

public sealed class CaseNumbersTests
{
    private static readonly TimeSpan Bangkok = TimeSpan.FromHours(7);

    [Fact]
    public void The_last_minute_of_30_September_in_Bangkok_belongs_to_the_ending_fiscal_year()
    {
        Assert.Equal(2568, CaseNumbers.FiscalYearOf(new DateTimeOffset(2025, 9, 30, 23, 59, 59, Bangkok)));
    }

    [Fact]
    public void The_first_minute_of_1_October_in_Bangkok_starts_the_next_fiscal_year()
    {
        Assert.Equal(2569, CaseNumbers.FiscalYearOf(new DateTimeOffset(2025, 10, 1, 0, 0, 0, Bangkok)));
    }

    [Fact]
    public void Bangkok_time_decides_the_year_not_UTC()
    {
        // 30 Sep 17:30 UTC is already 1 October 00:30 in Bangkok.
        Assert.Equal(2569, CaseNumbers.FiscalYearOf(new DateTimeOffset(2025, 9, 30, 17, 30, 0, TimeSpan.Zero)));
        Assert.Equal(2568, CaseNumbers.FiscalYearOf(new DateTimeOffset(2025, 9, 30, 16, 59, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_January_date_belongs_to_the_fiscal_year_that_began_the_October_before()
    {
        Assert.Equal(2569, CaseNumbers.FiscalYearOf(new DateTimeOffset(2026, 1, 15, 10, 0, 0, Bangkok)));
    }

    [Fact]
    public void Complaints_and_feedback_are_numbered_in_separate_series_per_year()
    {
        var complaints = CaseNumbers.Series(CaseNumbers.ComplaintPrefix, 2569);
        var feedback = CaseNumbers.Series(CaseNumbers.FeedbackPrefix, 2569);

        Assert.NotEqual(complaints, feedback);
        Assert.NotEqual(complaints, CaseNumbers.Series(CaseNumbers.ComplaintPrefix, 2568));
    }

    [Theory]
    [InlineData("ทจ", 2569, 7, "ทจ-2569-0007")]
    [InlineData("คห", 2568, 123, "คห-2568-0123")]
    [InlineData("ทจ", 2569, 12345, "ทจ-2569-12345")]
    public void A_number_shows_series_year_and_a_padded_sequence(string prefix, int year, int sequence, string expected)
    {
        Assert.Equal(expected, CaseNumbers.Format(prefix, year, sequence));
    }
}
