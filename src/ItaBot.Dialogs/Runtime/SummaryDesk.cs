namespace ItaBot.Dialogs;

/// <summary>The summary card: send, open the list of fields to edit, or jump to one field and come back.</summary>
internal sealed class SummaryDesk
{
    private readonly Conversation _c;

    public SummaryDesk(Conversation conversation) => _c = conversation;

    public void Handle(UserInput input, Action invalid)
    {
        var summary = _c.Current;
        switch (input)
        {
            case Tapped { Value: Postback.Submit } when _c.Live.Pending is null:
                Submit(summary);
                break;
            case Tapped { Value: Postback.Edit } when _c.Live.Pending is null:
                _c.Update(s => s with { Pending = new PendingState(PendingKind.EditMenu), Retries = 0 });
                _c.Ask();
                break;
            case Tapped { Value: var v } when v.StartsWith(Postback.EditField, StringComparison.Ordinal) && IsField(summary, v[Postback.EditField.Length..]):
                Edit(summary, v[Postback.EditField.Length..]);
                break;
            default:
                invalid();
                break;
        }
    }

    /// <summary>An answer withdrawn by unsend leaves a gap; ask for it before sending.</summary>
    private void Submit(StepDefinition summary)
    {
        var state = _c.Live;
        var gap = _c.Flow.Steps.Take(_c.Flow.IndexOf(summary.Id))
            .FirstOrDefault(s => s.Asks && s.IsActive(state.Slots) && !state.Slots.ContainsKey(s.Id));
        if (gap is not null)
            Edit(summary, gap.Id);
        else
            _c.Advance(_c.Flow.DefaultNext(summary), editing: false);
    }

    private void Edit(StepDefinition summary, string fieldId)
    {
        _c.Update(s => s with
        {
            StepId = fieldId,
            Pending = new PendingState(PendingKind.Editing, ReturnTo: summary.Id),
            Retries = 0,
        });
        _c.Ask();
    }

    private bool IsField(StepDefinition summary, string id) =>
        _c.Live.Pending?.Kind == PendingKind.EditMenu && _c.Prompter.SummaryFields(summary, _c.Live.Slots).Any(f => f.Id == id);
}
