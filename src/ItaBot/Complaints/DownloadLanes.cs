using System.Collections.Concurrent;
using ItaBot.Inbox;

namespace ItaBot.Complaints;

/// <summary>
/// Runs at most <c>width</c> pieces of work at once, each under a key. A key stays taken from its start until its
/// owner has written the result down and released it, so the same item is never worked on twice, not even in the
/// moment between its download ending and its row saying so. Only the owning loop starts, reads and releases (from
/// one thread at a time); the work itself runs on the thread pool and only hands its result back.
/// </summary>
public sealed class DownloadLanes<TKey, TResult>(int width) where TKey : notnull
{
    private readonly Dictionary<TKey, Task> _taken = [];
    private readonly List<LaneResult<TKey, TResult>> _finished = [];
    private readonly ConcurrentQueue<LaneResult<TKey, TResult>> _handedBack = new();
    private readonly WorkSignal _done = new();

    public int Free => width - _taken.Count;

    /// <summary>Keys running or finished but not yet released: not to be started again.</summary>
    public IReadOnlyCollection<TKey> Taken => _taken.Keys;

    /// <summary>False when every lane is busy or the key is already taken.</summary>
    public bool TryStart(TKey key, Func<CancellationToken, Task<TResult>> work, CancellationToken ct)
    {
        if (Free <= 0 || _taken.ContainsKey(key)) return false;
        // On the pool, so that work which starts with synchronous steps does not hold up the loop starting it.
        _taken[key] = Task.Run(() => RunAsync(key, work, ct), CancellationToken.None);
        return true;
    }

    /// <summary>Everything that has ended and is not yet released, oldest first; their keys stay taken.</summary>
    public IReadOnlyList<LaneResult<TKey, TResult>> Finished()
    {
        while (_handedBack.TryDequeue(out var result)) _finished.Add(result);
        return [.. _finished];
    }

    /// <summary>The result is written down (or given up): the key may be started again.</summary>
    public void Release(TKey key)
    {
        _finished.RemoveAll(f => EqualityComparer<TKey>.Default.Equals(f.Key, key));
        _taken.Remove(key);
    }

    /// <summary>Until a piece of work hands back a result, at most <paramref name="poll"/> by <paramref name="time"/>; returns quietly when cancelled.</summary>
    public Task WaitAsync(TimeSpan poll, TimeProvider time, CancellationToken ct) => _done.WaitAsync(poll, time, ct);

    /// <summary>Until every piece of work started has ended (cancel their token first to make that quick).</summary>
    public Task DrainAsync() => Task.WhenAll(_taken.Values);

    private async Task RunAsync(TKey key, Func<CancellationToken, Task<TResult>> work, CancellationToken ct)
    {
        try
        {
            _handedBack.Enqueue(new LaneResult<TKey, TResult>(key, await work(ct), null));
            _done.Raise();
        }
        catch (Exception e)
        {
            // Not signalled: a failure retried at once could spin; the loop's next poll picks it up.
            _handedBack.Enqueue(new LaneResult<TKey, TResult>(key, default, e));
        }
    }
}
