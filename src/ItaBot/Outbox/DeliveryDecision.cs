using ItaBot.Line.Api;

namespace ItaBot.Outbox;

/// <summary>What to do with an outbox row after one attempt. Pure, so the rules are tested as a table.</summary>
public sealed record DeliveryDecision(int Status, string Kind, long NextAttemptAt, string Outcome)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(23);

    public static DeliveryDecision After(string kind, LineApiResult result, bool earlierAttemptAmbiguous, bool tokenFresh,
        int attempts, long createdAt, long now, double jitter)
    {
        var outcome = result.Outcome.ToString();
        if (result.IsSuccess) return new(OutboxStatus.Sent, kind, now, outcome);

        if (kind == "reply")
        {
            // A fresh token refused after an attempt whose answer we never saw was most likely used by that attempt.
            if (result.Outcome == LineApiOutcome.InvalidReplyToken && earlierAttemptAmbiguous && tokenFresh)
                return new(OutboxStatus.Sent, kind, now, "ReplyTokenAlreadyUsed");
            if (result.Outcome == LineApiOutcome.InvalidReplyToken || !tokenFresh)
                return new(OutboxStatus.Pending, "push", now, outcome);
        }

        if (result.IsRetryable || result.Outcome == LineApiOutcome.MonthlyLimitReached)
        {
            // The retry key is honoured for 24 h only; past that a retry could reach the person twice.
            if (now - createdAt > MaxAge.TotalMilliseconds) return new(OutboxStatus.Failed, kind, now, outcome + ";expired");
            // The doubt outlives this failure: a later "Invalid reply token" may still mean the lost attempt used it.
            var carried = kind == "reply" && earlierAttemptAmbiguous ? outcome + AmbiguousMark : outcome;
            return new(OutboxStatus.Pending, kind, now + Backoff(attempts, result.Outcome, jitter), carried);
        }
        return new(OutboxStatus.Failed, kind, now, outcome);
    }

    /// <summary>Capped exponential backoff with jitter; LINE sends no Retry-After.</summary>
    public static long Backoff(int attempts, LineApiOutcome outcome, double jitter)
    {
        if (outcome == LineApiOutcome.MonthlyLimitReached) return (long)TimeSpan.FromHours(1).TotalMilliseconds;
        var baseMs = Math.Min(60_000, 500 * Math.Pow(2, Math.Max(0, attempts - 1)));
        return (long)(baseMs * (0.5 + jitter));
    }

    /// <summary>An attempt was made but its answer is unknown: the process died mid-call, or the call timed out.</summary>
    public static bool WasAmbiguous(int attemptsBefore, string? lastOutcome) =>
        attemptsBefore > 0 && (lastOutcome is Sending or nameof(LineApiOutcome.Timeout) or nameof(LineApiOutcome.NetworkError)
                               || lastOutcome?.EndsWith(AmbiguousMark, StringComparison.Ordinal) == true);

    public const string Sending = "Sending";

    /// <summary>Appended to a reply's outcome when an earlier attempt of it went unanswered.</summary>
    public const string AmbiguousMark = ";ambiguous";
}
