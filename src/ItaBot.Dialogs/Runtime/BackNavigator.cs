namespace ItaBot.Dialogs;

/// <summary>ย้อนกลับ: undo a pending question, or return to the previously asked step and clear what came after it.</summary>
internal sealed class BackNavigator
{
    private readonly Conversation _c;

    public BackNavigator(Conversation conversation) => _c = conversation;

    public void Back()
    {
        var state = _c.Live;
        if (state.Pending is { } pending)
            _c.Update(s => s with { StepId = pending.ReturnTo ?? s.StepId, Pending = null, Retries = 0 });
        else if (state.History.Count > 0)
            StepBack(state);
        _c.Ask();
    }

    private void StepBack(DialogState state)
    {
        var target = state.History[^1];
        var cleared = new[] { target, state.StepId }.Where(id => !state.IsPrefilled(id));
        _c.Update(s => s with
        {
            StepId = target,
            History = s.History.Take(s.History.Count - 1).ToList(),
            Slots = Slots.Without(s.Slots, cleared),
            Retries = 0,
        });
    }
}
