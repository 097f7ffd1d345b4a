namespace ItaBot.LineEmulator.State;

/// <summary>Wakes everyone waiting for "something new arrived"; waiters re-check their own condition.</summary>
internal sealed class ChangeSignal
{
    private readonly object gate = new();
    private TaskCompletionSource next = New();

    public Task Next
    {
        get
        {
            lock (gate)
            {
                return next.Task;
            }
        }
    }

    public void Pulse()
    {
        TaskCompletionSource old;
        lock (gate)
        {
            old = next;
            next = New();
        }

        old.TrySetResult();
    }

    /// <summary>Returns false when <paramref name="deadline"/> passed without a pulse.</summary>
    public static async Task<bool> WaitAsync(Task pulse, DateTimeOffset deadline, TimeProvider time, CancellationToken ct)
    {
        var remaining = deadline - time.GetUtcNow();
        if (remaining <= TimeSpan.Zero)
        {
            return false;
        }

        try
        {
            await pulse.WaitAsync(remaining, time, ct).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
