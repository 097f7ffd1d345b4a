namespace ItaBot.Tests.Support;

/// <summary>
/// A clock whose timers fire only when the test moves it (unlike <see cref="ManualClock"/>, whose timers run in real
/// time): a poll timed by it happens when the test says so, never by itself.
/// </summary>
internal sealed class SteppedClock(DateTimeOffset start) : TimeProvider
{
    private readonly object _lock = new();
    private readonly List<Timer> _timers = [];
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock) return _now;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock on, running each timer that falls due on the way at its own time, in order.</summary>
    public void Advance(TimeSpan by)
    {
        DateTimeOffset until;
        lock (_lock) until = _now + by;
        while (NextDue(until) is { } timer) timer.Fire();
        lock (_lock) _now = until;
    }

    /// <summary>
    /// Until something waits on this clock for <paramref name="delay"/> from now (a timer set to fire then), at most
    /// <paramref name="guard"/> of real time, which only guards against hanging when nothing ever waits on it.
    /// </summary>
    public async Task WaitForTimerAsync(TimeSpan delay, TimeSpan guard)
    {
        var deadline = DateTime.UtcNow + guard;
        while (!HasTimerAt(delay))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"nothing waited on the clock for {delay}");
            await Task.Delay(10);
        }
    }

    private bool HasTimerAt(TimeSpan delay)
    {
        lock (_lock) return _timers.Any(t => t.Due == _now + delay);
    }

    /// <summary>The earliest timer due by <paramref name="until"/>, with the clock moved to its time; null when none is.</summary>
    private Timer? NextDue(DateTimeOffset until)
    {
        lock (_lock)
        {
            var next = _timers.Where(t => t.Due <= until).MinBy(t => t.Due);
            if (next is not null) _now = next.Due!.Value;
            return next;
        }
    }

    private sealed class Timer(SteppedClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset? Due { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._lock)
            {
                _period = period;
                Due = dueTime == Timeout.InfiniteTimeSpan ? null : clock._now + dueTime;
                if (Due is null) clock._timers.Remove(this);
                else if (!clock._timers.Contains(this)) clock._timers.Add(this);
            }
            return true;
        }

        /// <summary>Runs the callback outside the clock's lock: it may set timers of its own.</summary>
        public void Fire()
        {
            lock (clock._lock)
            {
                var repeats = _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan;
                Due = repeats ? Due + _period : null;
                if (Due is null) clock._timers.Remove(this);
            }
            callback(state);
        }

        public void Dispose()
        {
            lock (clock._lock)
            {
                Due = null;
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
