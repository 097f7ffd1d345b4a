namespace ItaBot.Line.Api;

public enum LineApiOutcome
{
    Ok,
    /// <summary>409: a request with the same retry key was already accepted; treat as sent.</summary>
    AlreadyAccepted,
    InvalidReplyToken,
    /// <summary>Rejected locally by MessageValidator (or bad arguments); nothing was sent.</summary>
    InvalidMessage,
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    Gone,
    /// <summary>202 on Get content: a large video or audio is still being prepared.</summary>
    NotReady,
    /// <summary>Get content: the file is larger than the caller's limit, so it was not read (or reading stopped).</summary>
    TooLarge,
    RateLimited,
    MonthlyLimitReached,
    ServerError,
    Timeout,
    NetworkError,
}
