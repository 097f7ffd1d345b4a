using ItaBot.Calendar;
using ItaBot.Configuration;
using ItaBot.Hosting;
using Microsoft.Extensions.Options;

namespace ItaBot.Complaints;

/// <summary>When each stage is due. Working days where the seeds say วันทำการ, calendar days where they say วัน.</summary>
public sealed class ComplaintDeadlines
{
    private readonly WorkingDays days;
    private readonly IOptions<ComplaintOptions> options;

    /// <summary>Refuses periods of zero or fewer days now: otherwise the first complaint or stage move would fail.</summary>
    public ComplaintDeadlines(WorkingDays days, IOptions<ComplaintOptions> options)
    {
        if (options.Value.Problems().ToList() is { Count: > 0 } problems) throw new StartupException(string.Join("; ", problems));
        this.days = days;
        this.options = options;
    }

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
        // Once the result is told, what is left is closing the case (and with it the satisfaction question).
        ComplaintStage.Notified => EndOfDay(days.AddCalendarDays(BangkokTime.DateOf(entered), options.Value.CloseAfterResultDays)),
        _ => DateTimeOffset.MaxValue,
    };

    private static DateTimeOffset EndOfDay(DateOnly day) => BangkokTime.At(day, WorkingDays.DefaultClosingTime);
}
