namespace ItaBot.Storage;

/// <summary>
/// The one writer path inside the process. SQLite allows one writer at a time; letting our own writers queue here
/// (in order, woken at once) instead of in SQLite's busy handler (which sleeps in growing steps) keeps a webhook's
/// acknowledgement from waiting behind a sleeping retry. Other processes (CLI verbs) still meet busy_timeout.
/// </summary>
public sealed class WriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<Releaser> EnterAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        return new Releaser(_gate);
    }

    public readonly struct Releaser(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
