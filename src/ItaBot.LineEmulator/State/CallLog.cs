namespace ItaBot.LineEmulator.State;

internal sealed class CallLog
{
    private readonly object gate = new();
    private readonly List<ApiCall> calls = [];

    public void Add(ApiCall call)
    {
        lock (gate)
        {
            calls.Add(call);
        }
    }

    public IReadOnlyList<ApiCall> Snapshot()
    {
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
