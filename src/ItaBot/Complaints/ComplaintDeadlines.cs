using ItaBot.Calendar;
using ItaBot.Configuration;
using Microsoft.Extensions.Options;

namespace ItaBot.Complaints;

/// <summary>When each stage is due. Working days where the seeds say วันทำการ, calendar days where they say วัน.</summary>
public sealed class ComplaintDeadlines(WorkingDays days, IOptions<ComplaintOptions> options)
{
    public DateTimeOffset ReviewDue(DateTimeOffset received) => days.DueAt(received, options.Value.PreliminaryReviewWorkingDays);

    public DateTimeOffset ExpectedResult(DateTimeOffset received) => days.DueAt(received, options.Value.ExpectedResultWorkingDays);

    /// <summary>The due time of the stage a case has just entered.</summary>
    public DateTimeOffset StageDue(string stage, DateTimeOffset entered, DateTimeOffset received) => stage switch
    {
        ComplaintStage.Received => ReviewDue(received),
        // Seed 002: the review and its opinion are due within the working days counted from receipt, so starting
        // the review late does not buy more time.
        ComplaintStage.Review => ReviewDue(received),
        ComplaintStage.Investigating => EndOfDay(days.AddCalendarDays(BangkokTime.DateOf(entered), options.Value.CommitteeDays)),
        ComplaintStage.Dismissed or ComplaintStage.Forwarded or ComplaintStage.Concluded =>
            EndOfDay(days.AddCalendarDays(BangkokTime.DateOf(entered), options.Value.NotifyResultDays)),
        ComplaintStage.Notified => EndOfDay(days.AddCalendarDays(BangkokTime.DateOf(entered), 7)),
        _ => DateTimeOffset.MaxValue,
    };

    private static DateTimeOffset EndOfDay(DateOnly day) => BangkokTime.At(day, WorkingDays.DefaultClosingTime);
}
