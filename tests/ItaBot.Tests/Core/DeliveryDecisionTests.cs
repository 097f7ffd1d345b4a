using ItaBot.Line.Api;
using ItaBot.Outbox;

namespace ItaBot.Tests.Core;

public sealed class DeliveryDecisionTests
{
    private const long Now = 1_750_000_000_000;
    private const long Created = Now - 1_000;
    private static readonly long Day23 = (long)TimeSpan.FromHours(23).TotalMilliseconds;

    private static LineApiResult Result(LineApiOutcome outcome) => new() { Outcome = outcome };

    private static DeliveryDecision After(string kind, LineApiOutcome outcome, bool ambiguous = false, bool fresh = true,
        int attempts = 1, long created = Created, double jitter = 0.5) =>
        DeliveryDecision.After(kind, Result(outcome), ambiguous, fresh, attempts, created, Now, jitter);

    public static TheoryData<string, LineApiOutcome, bool, bool, int, string> Table() => new()
    {
        // kind, outcome, earlier attempt ambiguous, token fresh → status, next kind
        { "reply", LineApiOutcome.Ok, false, true, OutboxStatus.Sent, "reply" },
        { "reply", LineApiOutcome.Ok, true, true, OutboxStatus.Sent, "reply" },
        { "push", LineApiOutcome.Ok, false, false, OutboxStatus.Sent, "push" },
        { "push", LineApiOutcome.AlreadyAccepted, true, false, OutboxStatus.Sent, "push" },
        { "push", LineApiOutcome.AlreadyAccepted, false, false, OutboxStatus.Sent, "push" },
        // A refused fresh token after an unanswered attempt: that attempt most likely used it.
        { "reply", LineApiOutcome.InvalidReplyToken, true, true, OutboxStatus.Sent, "reply" },
        { "reply", LineApiOutcome.InvalidReplyToken, false, true, OutboxStatus.Pending, "push" },
        { "reply", LineApiOutcome.InvalidReplyToken, true, false, OutboxStatus.Pending, "push" },
        { "reply", LineApiOutcome.InvalidReplyToken, false, false, OutboxStatus.Pending, "push" },
        { "reply", LineApiOutcome.ServerError, false, false, OutboxStatus.Pending, "push" },
        { "reply", LineApiOutcome.Timeout, true, false, OutboxStatus.Pending, "push" },
        { "reply", LineApiOutcome.ServerError, false, true, OutboxStatus.Pending, "reply" },
        { "reply", LineApiOutcome.RateLimited, true, true, OutboxStatus.Pending, "reply" },
        { "reply", LineApiOutcome.Timeout, false, true, OutboxStatus.Pending, "reply" },
        { "reply", LineApiOutcome.NetworkError, false, true, OutboxStatus.Pending, "reply" },
        { "reply", LineApiOutcome.BadRequest, false, true, OutboxStatus.Failed, "reply" },
        { "reply", LineApiOutcome.InvalidMessage, false, true, OutboxStatus.Failed, "reply" },
        { "push", LineApiOutcome.ServerError, false, false, OutboxStatus.Pending, "push" },
        { "push", LineApiOutcome.RateLimited, true, false, OutboxStatus.Pending, "push" },
        { "push", LineApiOutcome.Timeout, true, false, OutboxStatus.Pending, "push" },
        { "push", LineApiOutcome.NetworkError, false, false, OutboxStatus.Pending, "push" },
        { "push", LineApiOutcome.MonthlyLimitReached, false, false, OutboxStatus.Pending, "push" },
        { "push", LineApiOutcome.InvalidReplyToken, false, false, OutboxStatus.Failed, "push" },
        { "push", LineApiOutcome.BadRequest, false, false, OutboxStatus.Failed, "push" },
        { "push", LineApiOutcome.Unauthorized, false, false, OutboxStatus.Failed, "push" },
        { "push", LineApiOutcome.Forbidden, true, false, OutboxStatus.Failed, "push" },
        { "push", LineApiOutcome.NotFound, false, false, OutboxStatus.Failed, "push" },
        { "push", LineApiOutcome.InvalidMessage, false, false, OutboxStatus.Failed, "push" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_outcome_leads_to_the_status_and_kind_of_the_table(
        string kind, LineApiOutcome outcome, bool ambiguous, bool fresh, int status, string nextKind)
    {
        var decision = After(kind, outcome, ambiguous, fresh);

        Assert.Equal(status, decision.Status);
        Assert.Equal(nextKind, decision.Kind);
    }

    [Fact]
    public void Success_is_recorded_with_the_outcome_name_and_no_delay()
    {
        var decision = After("push", LineApiOutcome.AlreadyAccepted);

        Assert.Equal("AlreadyAccepted", decision.Outcome);
        Assert.Equal(Now, decision.NextAttemptAt);
    }

    [Fact]
    public void A_reply_that_must_become_a_push_goes_at_once_not_after_a_backoff()
    {
        var decision = After("reply", LineApiOutcome.InvalidReplyToken);

        Assert.Equal(Now, decision.NextAttemptAt);
    }

    [Fact]
    public void A_used_token_after_an_ambiguous_attempt_is_counted_as_delivered_with_its_own_outcome_name()
    {
        Assert.Equal("ReplyTokenAlreadyUsed", After("reply", LineApiOutcome.InvalidReplyToken, ambiguous: true).Outcome);
    }

    [Fact]
    public void A_retryable_failure_waits_before_the_next_attempt()
    {
        var decision = After("push", LineApiOutcome.ServerError, attempts: 1, jitter: 0.5);

        Assert.Equal(Now + 500, decision.NextAttemptAt);
    }

    [Fact]
    public void The_backoff_doubles_with_each_attempt_until_it_is_capped_at_a_minute()
    {
        var waits = Enumerable.Range(1, 12).Select(a => DeliveryDecision.Backoff(a, LineApiOutcome.ServerError, 0.5)).ToList();

        Assert.Equal([500, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000, 60_000], waits);
    }

    [Theory]
    [InlineData(0.0, 250)]
    [InlineData(0.5, 500)]
    [InlineData(0.999, 749)]
    public void Jitter_spreads_the_wait_between_half_and_one_and_a_half_times_the_base(double jitter, long expected)
    {
        Assert.Equal(expected, DeliveryDecision.Backoff(1, LineApiOutcome.RateLimited, jitter));
    }

    [Fact]
    public void Even_the_largest_jitter_never_waits_more_than_ninety_seconds()
    {
        Assert.True(DeliveryDecision.Backoff(100, LineApiOutcome.Timeout, 0.999_999) <= 90_000);
    }

    [Fact]
    public void The_monthly_limit_waits_an_hour_whatever_the_attempt()
    {
        Assert.Equal(3_600_000, DeliveryDecision.Backoff(1, LineApiOutcome.MonthlyLimitReached, 0.1));
        Assert.Equal(3_600_000, DeliveryDecision.Backoff(9, LineApiOutcome.MonthlyLimitReached, 0.9));
    }

    [Fact]
    public void A_row_older_than_23_hours_fails_instead_of_retrying_past_the_retry_key_lifetime()
    {
        var decision = After("push", LineApiOutcome.ServerError, created: Now - Day23 - 1);

        Assert.Equal(OutboxStatus.Failed, decision.Status);
        Assert.Equal("ServerError;expired", decision.Outcome);
    }

    [Fact]
    public void A_row_just_under_23_hours_old_is_still_retried()
    {
        Assert.Equal(OutboxStatus.Pending, After("push", LineApiOutcome.RateLimited, created: Now - Day23 + 1).Status);
    }

    [Fact]
    public void An_old_row_that_succeeds_is_still_sent()
    {
        Assert.Equal(OutboxStatus.Sent, After("push", LineApiOutcome.Ok, created: Now - 2 * Day23).Status);
    }

    [Fact]
    public void A_reply_that_fails_again_after_an_unanswered_attempt_keeps_the_doubt_for_its_next_attempt()
    {
        var decision = After("reply", LineApiOutcome.ServerError, ambiguous: true);

        Assert.Equal(OutboxStatus.Pending, decision.Status);
        Assert.True(DeliveryDecision.WasAmbiguous(2, decision.Outcome));
        Assert.False(DeliveryDecision.WasAmbiguous(2, After("reply", LineApiOutcome.ServerError, ambiguous: false).Outcome));
    }

    [Fact]
    public void A_push_needs_no_remembered_doubt_because_its_retry_key_makes_LINE_answer_409()
    {
        Assert.Equal("ServerError", After("push", LineApiOutcome.ServerError, ambiguous: true, fresh: false).Outcome);
    }

    [Theory]
    [InlineData(1, "ServerError" + DeliveryDecision.AmbiguousMark, true)]
    [InlineData(1, "RateLimited" + DeliveryDecision.AmbiguousMark, true)]
    [InlineData(0, DeliveryDecision.Sending, false)]
    [InlineData(1, DeliveryDecision.Sending, true)]
    [InlineData(1, "Timeout", true)]
    [InlineData(2, "NetworkError", true)]
    [InlineData(1, "ServerError", false)]
    [InlineData(1, "RateLimited", false)]
    [InlineData(1, null, false)]
    public void Only_an_attempt_whose_answer_was_never_seen_is_ambiguous(int attemptsBefore, string? lastOutcome, bool ambiguous)
    {
        Assert.Equal(ambiguous, DeliveryDecision.WasAmbiguous(attemptsBefore, lastOutcome));
    }
}
