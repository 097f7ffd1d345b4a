namespace ItaBot.Line.Api;

/// <summary>What one Messaging API call came to; <see cref="ErrorMessage"/> is LINE's own error text, never message content.</summary>
public class LineApiResult
{
    public LineApiOutcome Outcome { get; init; }
    public int? StatusCode { get; init; }
    public string? ErrorMessage { get; init; }
    public string? RequestId { get; init; }
    public string? AcceptedRequestId { get; init; }

    public bool IsSuccess => Outcome is LineApiOutcome.Ok or LineApiOutcome.AlreadyAccepted;

    /// <summary>Whether the same request (with the same retry key) may be tried again later.</summary>
    public bool IsRetryable => Outcome is LineApiOutcome.RateLimited or LineApiOutcome.ServerError
        or LineApiOutcome.Timeout or LineApiOutcome.NetworkError;

    public override string ToString() =>
        $"{Outcome} (status {StatusCode?.ToString() ?? "none"}{(ErrorMessage is null ? "" : ": " + ErrorMessage)})";
}
