using System.Diagnostics;

namespace ItaBot.Storage;

/// <summary>
/// The one writer path inside the process. SQLite allows one writer at a time; letting our own writers queue here
/// (in order, woken at once) instead of in SQLite's busy handler (which sleeps in growing steps) keeps a webhook's
/// acknowledgement from waiting behind a sleeping retry. Other processes (CLI verbs) still meet busy_timeout.
/// </summary>
public sealed class WriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile string? _holder;
    private long _since;

    public async Task<Releaser> EnterAsync(string holder, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        _holder = holder;
        Interlocked.Exchange(ref _since, Stopwatch.GetTimestamp());
        return new Releaser(this);
    }

    /// <summary>Saves <paramref name="db"/>'s changes in line with the process's other writers.</summary>
    public async Task SaveAsync(ItaBotDb db, string holder, CancellationToken ct)
    {
        using (await EnterAsync(holder, ct)) await db.SaveChangesAsync(ct);
    }

    /// <summary>Who has held the gate for longer than <paramref name="limit"/>, if anyone: a stuck writer stalls everything.</summary>
    public string? HeldLongerThan(TimeSpan limit) =>
        _holder is { } holder && Stopwatch.GetElapsedTime(Interlocked.Read(ref _since)) > limit ? holder : null;

    private void Exit()
    {
        _holder = null;
        _gate.Release();
    }

    public readonly struct Releaser(WriteGate gate) : IDisposable
    {
        public void Dispose() => gate.Exit();
    }
}
