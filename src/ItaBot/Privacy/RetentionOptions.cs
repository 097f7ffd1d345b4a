namespace ItaBot.Privacy;

/// <summary>How long each kind of data is kept (days). Defaults are short where the data is only operational.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";
    /// <summary>Closed complaints (the official case record), counted from closing.</summary>
    public int ClosedComplaintDays { get; set; } = 1825;
    /// <summary>Evidence files of closed complaints, counted from closing; may be shorter than the case record.</summary>
    public int EvidenceDays { get; set; } = 365;
    /// <summary>Feedback that was answered or handled, counted from receipt.</summary>
    public int FeedbackDays { get; set; } = 730;
    /// <summary>Handled webhook events: they hold encrypted raw events with LINE user ids, so keep them short.</summary>
    public int InboxDays { get; set; } = 7;
    /// <summary>Outbox rows that were delivered or failed for good.</summary>
    public int OutboxDays { get; set; } = 7;
    public int AuditDays { get; set; } = 1825;
    /// <summary>Guess counters for rate limits; they only matter for an hour.</summary>
    public int RateEventDays { get; set; } = 2;
    /// <summary>
    /// Unfinished conversations (a complaint or feedback draft someone walked away from), counted from the last
    /// answer. Until then a person who comes back is asked whether to go on; afterwards the draft is gone. At least
    /// 1, and longer than Dialogs:ExpiryMinutes (checked at start).
    /// </summary>
    public int AbandonedDraftDays { get; set; } = 1;
    /// <summary>
    /// How long the mark left where a draft was deleted (the chat's keyed hash and the time, nothing typed) waits for
    /// the person's next message, which is then told that the draft is gone.
    /// </summary>
    public int RemovedDraftNoticeDays { get; set; } = 30;
    /// <summary>
    /// The record of a LINE account (its encrypted id and when it was first and last seen), counted from its last
    /// message; kept regardless while it has an open complaint, an active staff membership or unanswered feedback.
    /// </summary>
    public int IdleAccountDays { get; set; } = 730;
    /// <summary>Hour of the day (Bangkok time) at which the daily purge runs.</summary>
    public int RunAtHour { get; set; } = 3;
}
