namespace ItaBot.LineEmulator;

public enum EmulatedFaultKind
{
    ServerError,
    RateLimit,
    MonthlyLimit,
    Timeout,
    AcceptedThenTimeout,
    /// <summary>Answers normally, but only after the hold: a slow link or a big file.</summary>
    Slow,
}

/// <summary>
/// A failure the emulator plays instead of (or, for <see cref="EmulatedFaultKind.AcceptedThenTimeout"/>, after)
/// handling an API call. <see cref="Hold"/> is how long a timeout keeps the request open; infinite means until
/// the caller gives up or the server stops.
/// </summary>
public sealed record EmulatedFault(EmulatedFaultKind Kind, TimeSpan Hold)
{
    public static EmulatedFault ServerError { get; } = new(EmulatedFaultKind.ServerError, TimeSpan.Zero);

    public static EmulatedFault RateLimit { get; } = new(EmulatedFaultKind.RateLimit, TimeSpan.Zero);

    public static EmulatedFault MonthlyLimit { get; } = new(EmulatedFaultKind.MonthlyLimit, TimeSpan.Zero);

    public static EmulatedFault Timeout { get; } = new(EmulatedFaultKind.Timeout, System.Threading.Timeout.InfiniteTimeSpan);

    /// <summary>Handles the call fully (messages are delivered) but the answer never reaches the caller.</summary>
    public static EmulatedFault AcceptedThenTimeout { get; } =
        new(EmulatedFaultKind.AcceptedThenTimeout, System.Threading.Timeout.InfiniteTimeSpan);

    public static EmulatedFault TimeoutFor(TimeSpan hold) => new(EmulatedFaultKind.Timeout, hold);

    public static EmulatedFault AcceptedThenTimeoutFor(TimeSpan hold) => new(EmulatedFaultKind.AcceptedThenTimeout, hold);

    /// <summary>The call succeeds as usual after <paramref name="hold"/>; not a failure, just slow.</summary>
    public static EmulatedFault SlowFor(TimeSpan hold) => new(EmulatedFaultKind.Slow, hold);

    /// <summary>The call succeeds as usual once the test opens <paramref name="gate"/>, however long that takes.</summary>
    public static EmulatedFault SlowUntil(FaultGate gate) => new(EmulatedFaultKind.Slow, System.Threading.Timeout.InfiniteTimeSpan) { Gate = gate };

    /// <summary>For a slow call: held until this opens, instead of for <see cref="Hold"/>.</summary>
    public FaultGate? Gate { get; init; }

    internal bool Delivers => Kind == EmulatedFaultKind.AcceptedThenTimeout;

    internal bool HoldsRequest => Kind is EmulatedFaultKind.Timeout or EmulatedFaultKind.AcceptedThenTimeout;
}
