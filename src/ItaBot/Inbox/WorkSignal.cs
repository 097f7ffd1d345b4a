namespace ItaBot.Inbox;

/// <summary>Wakes a background loop as soon as there is work, instead of waiting for its next poll.</summary>
public sealed class WorkSignal
{
    private readonly SemaphoreSlim _pulse = new(0, 1);

    public void Raise()
    {
        if (_pulse.CurrentCount == 0)
        {
            try { _pulse.Release(); }
            catch (SemaphoreFullException) { /* already raised: one pulse is enough */ }
        }
    }

    public async Task WaitAsync(TimeSpan poll, CancellationToken ct)
    {
        try { await _pulse.WaitAsync(poll, ct); }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
    }

    /// <summary>
    /// The same, the poll timed by <paramref name="time"/> so that tests can move it. A semaphore's own timeout always
    /// runs on the wall clock, so the poll cancels the wait instead; a cancelled wait takes no pulse, so none is lost.
    /// </summary>
    public async Task WaitAsync(TimeSpan poll, TimeProvider time, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(poll, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try { await _pulse.WaitAsync(either.Token); }
        catch (OperationCanceledException) when (either.IsCancellationRequested) { }
    }
}
