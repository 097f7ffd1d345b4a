namespace ItaBot.Tests.Stats;

/// <summary>A clock the test sets and moves by hand; timers and delays still run in real time.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
