using ItaBot.Inbox;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Inbox;

/// <summary>The wait whose poll is timed by an injected clock: a <see cref="SteppedClock"/> ends it only when moved.</summary>
public sealed class WorkSignalTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task The_wait_ends_when_the_injected_clock_reaches_the_poll_and_not_before()
    {
        var clock = new SteppedClock(DateTimeOffset.UnixEpoch);
        var signal = new WorkSignal();

        var wait = signal.WaitAsync(Poll, clock, CancellationToken.None);
        await clock.WaitForTimerAsync(Poll, Guard);
        clock.Advance(Poll - TimeSpan.FromMilliseconds(1));
        Assert.False(wait.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        await wait.WaitAsync(Guard);
    }

    [Fact]
    public async Task A_raise_ends_the_wait_without_the_clock_moving()
    {
        var clock = new SteppedClock(DateTimeOffset.UnixEpoch);
        var signal = new WorkSignal();

        var wait = signal.WaitAsync(Poll, clock, CancellationToken.None);
        signal.Raise();

        await wait.WaitAsync(Guard);
    }

    [Fact]
    public async Task A_raise_after_a_wait_ended_by_the_poll_is_kept_for_the_next_wait()
    {
        var clock = new SteppedClock(DateTimeOffset.UnixEpoch);
        var signal = new WorkSignal();
        var first = signal.WaitAsync(Poll, clock, CancellationToken.None);
        await clock.WaitForTimerAsync(Poll, Guard);
        clock.Advance(Poll);
        await first.WaitAsync(Guard);

        signal.Raise();

        await signal.WaitAsync(Poll, clock, CancellationToken.None).WaitAsync(Guard);
    }
}
