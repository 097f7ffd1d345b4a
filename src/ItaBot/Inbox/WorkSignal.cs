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
}
