namespace ItaBot.LineEmulator;

/// <summary>
/// Holds a call until the test opens it: a slow link or a big file without guessing durations. <see cref="Entered"/>
/// completes when the call arrives, so a test knows the call is under way before it looks at anything else.
/// </summary>
public sealed class FaultGate
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Entered => _entered.Task;

    public void Open() => _opened.TrySetResult();

    internal async Task PassAsync(CancellationToken ct)
    {
        _entered.TrySetResult();
        await _opened.Task.WaitAsync(ct);
    }
}
