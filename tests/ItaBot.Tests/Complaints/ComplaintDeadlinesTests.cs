using ItaBot.Calendar;
using ItaBot.Complaints;
using ItaBot.Configuration;
using ItaBot.Tests.Calendar;
using Microsoft.Extensions.Options;

namespace ItaBot.Tests.Complaints;

public sealed class ComplaintDeadlinesTests
{
    private static readonly DateTimeOffset ReceivedWednesday = BangkokTime.At(new DateOnly(2026, 11, 18), new TimeOnly(9, 0));

    private static ComplaintDeadlines Deadlines(int reviewDays = 1) =>
        new(ShippedCalendar.WorkingDays, Options.Create(new ComplaintOptions { PreliminaryReviewWorkingDays = reviewDays }));

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
}
