namespace ItaBot.LineEmulator.State;

/// <summary>
/// Every API call with its answer. A call is logged once its answer is written, which is after its effect (a message
/// in a mailbox, a deleted menu) can already be seen; so a snapshot first waits, briefly, for calls still in flight,
/// and an observer that saw the effect also sees the call.
/// </summary>
internal sealed class CallLog
{
    private static readonly TimeSpan MaxWaitForInFlight = TimeSpan.FromSeconds(1);
    private readonly object gate = new();
    private readonly List<ApiCall> calls = [];
    private int inFlight;

    public void Started() => Interlocked.Increment(ref inFlight);

    public void Add(ApiCall call)
    {
        lock (gate)
        {
            calls.Add(call);
        }
        Interlocked.Decrement(ref inFlight);
    }

    public IReadOnlyList<ApiCall> Snapshot()
    {
        // Bounded: a call held open on purpose (an emulated timeout) must not stall the observer for its whole length.
        SpinWait.SpinUntil(() => Volatile.Read(ref inFlight) <= 0, MaxWaitForInFlight);
        lock (gate)
        {
            return calls.ToList();
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            calls.Clear();
        }
    }
}
