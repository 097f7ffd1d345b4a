using ItaBot.Calendar;
using ItaBot.Complaints;
using ItaBot.Configuration;
using ItaBot.Hosting;
using ItaBot.Tests.Calendar;
using Microsoft.Extensions.Options;

namespace ItaBot.Tests.Complaints;

public sealed class ComplaintDeadlinesTests
{
    private static readonly DateTimeOffset ReceivedWednesday = BangkokTime.At(new DateOnly(2026, 11, 18), new TimeOnly(9, 0));

    private static ComplaintDeadlines Deadlines(int reviewDays = 1) =>
        new(ShippedCalendar.WorkingDays, Options.Create(new ComplaintOptions { PreliminaryReviewWorkingDays = reviewDays }));

    private static ComplaintDeadlines Deadlines(ComplaintOptions options) => new(ShippedCalendar.WorkingDays, Options.Create(options));

    [Fact]
    public void A_review_started_late_is_still_due_one_working_day_after_receipt()
    {
        var startedFriday = BangkokTime.At(new DateOnly(2026, 11, 20), new TimeOnly(10, 0));

        var due = Deadlines().StageDue(ComplaintStage.Review, startedFriday, ReceivedWednesday);

        Assert.Equal(new DateOnly(2026, 11, 19), BangkokTime.DateOf(due));
        Assert.True(due < startedFriday);
    }

    [Fact]
    public void The_review_follows_the_configured_number_of_working_days()
    {
        var due = Deadlines(reviewDays: 15).StageDue(ComplaintStage.Review, ReceivedWednesday, ReceivedWednesday);

        Assert.Equal(Deadlines(reviewDays: 15).ReviewDue(ReceivedWednesday), due);
        Assert.Equal(new DateOnly(2026, 12, 11), BangkokTime.DateOf(due));
    }

    [Fact]
    public void A_case_whose_result_was_told_is_due_to_be_closed_seven_calendar_days_later_by_default()
    {
        var toldFriday = BangkokTime.At(new DateOnly(2026, 11, 20), new TimeOnly(10, 0));

        var due = Deadlines(new ComplaintOptions()).StageDue(ComplaintStage.Notified, toldFriday, ReceivedWednesday);

        Assert.Equal(BangkokTime.At(new DateOnly(2026, 11, 27), WorkingDays.DefaultClosingTime), due);
    }

    [Fact]
    public void Closing_after_the_result_follows_the_configured_number_of_calendar_days()
    {
        var toldFriday = BangkokTime.At(new DateOnly(2026, 11, 20), new TimeOnly(10, 0));

        var due = Deadlines(new ComplaintOptions { CloseAfterResultDays = 2 }).StageDue(ComplaintStage.Notified, toldFriday, ReceivedWednesday);

        Assert.Equal(BangkokTime.At(new DateOnly(2026, 11, 22), WorkingDays.DefaultClosingTime), due);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void A_period_to_close_of_zero_or_fewer_days_is_refused_naming_the_setting(int days)
    {
        var refused = Assert.Throws<StartupException>(() => Deadlines(new ComplaintOptions { CloseAfterResultDays = days }));

        Assert.Equal($"Complaints:CloseAfterResultDays must be at least 1 day, not {days}", refused.Message);
    }

    [Fact]
    public void Every_period_refused_is_named_in_one_message()
    {
        var refused = Assert.Throws<StartupException>(() => Deadlines(new ComplaintOptions { CommitteeDays = 0, PreliminaryReviewWorkingDays = -1 }));

        Assert.Contains("Complaints:PreliminaryReviewWorkingDays must be at least 1 day, not -1", refused.Message);
        Assert.Contains("Complaints:CommitteeDays must be at least 1 day, not 0", refused.Message);
        Assert.DoesNotContain("NotifyResultDays", refused.Message);
    }
}
