namespace ItaBot.Dialogs;

/// <summary>One turn in progress: the state as it changes and what the bot says; pure, no I/O.</summary>
internal sealed class Conversation
{
    private readonly List<BotMessage> _messages = [];
    private FlowCompletion? _completion;
    private bool _showMenu;
    private TurnResult? _replacement;

    public Conversation(FlowCatalog catalog, FlowDefinition flow, DialogState state, DateTimeOffset now, bool pausedBefore = false)
    {
        Catalog = catalog;
        Flow = flow;
        State = state;
        Now = now;
        PausedBefore = pausedBefore;
        Prompter = new Prompter(catalog, flow);
    }

    public FlowCatalog Catalog { get; }
    public FlowDefinition Flow { get; }
    public DateTimeOffset Now { get; }
    /// <summary>The draft was already waiting for ทำต่อ before this turn, so the person has been reminded.</summary>
    public bool PausedBefore { get; }
    public Prompter Prompter { get; }
    public DialogState? State { get; private set; }
    public DialogState Live => State ?? throw new InvalidOperationException("The flow has already ended this turn");
    public StepDefinition Current => Flow.Step(Live.StepId);

    public TurnResult Result() => _replacement ?? new TurnResult(State, MessageBudget.Fit(_messages), _completion, _showMenu);

    public void Say(string text) => _messages.Add(new TextMessage(text, []));

    public void Add(BotMessage message) => _messages.Add(message);

    public void Ask() => _messages.Add(Prompter.Prompt(Live));

    public void Update(Func<DialogState, DialogState> change) => State = change(Live);

    public void ShowMenu() => _showMenu = true;

    public void Replace(TurnResult result) => _replacement = result;

    /// <summary>Whether what the person typed is the label or word <paramref name="key"/> names, spaces and case aside.</summary>
    public bool Says(string typed, string key) =>
        string.Equals(Catalog.Label(key).Trim(), typed.Trim(), StringComparison.OrdinalIgnoreCase);

    public string Text(string key, Func<string, string?>? lookup = null) =>
        Catalog.FlowText(Flow, key, lookup ?? (name => Live.Slots.TryGetValue(name, out var v) ? v.Display : null));

    /// <summary>Ends the flow with a polite text and sends the person back to the menu.</summary>
    public void Stop(string text)
    {
        Say(text);
        State = null;
        _showMenu = true;
    }

    public void Accept(StepDefinition step, Answered answer)
    {
        if (answer.Ack is not null)
            Say(answer.Ack);
        var editing = Live.Pending?.Kind == PendingKind.Editing;
        Update(s => s with
        {
            Slots = Slots.With(s.Slots, step.Id, answer.Value),
            History = editing ? s.History : [.. s.History, step.Id],
            Retries = 0,
        });
        Advance(answer.Next ?? Flow.DefaultNext(step), editing);
    }

    /// <summary>Walks forward saying message steps and skipping what need not be asked, until a step asks or the flow ends.</summary>
    public void Advance(string? target, bool editing)
    {
        var returnTo = Live.Pending?.ReturnTo;
        for (var id = target; id is not null;)
        {
            var step = Flow.Step(id);
            if (Skips(step, editing))
            {
                // A step whose condition fails is as if it were not written, so its own next does not apply; one
                // skipped because it is already answered goes where its answer leads.
                id = step.IsActive(Live.Slots) ? Flow.DefaultNext(step) : Flow.Following(step);
                continue;
            }
            if (step.Type == StepType.Message)
            {
                Say(Prompter.Say(step.Say, Live.Slots));
                id = Flow.DefaultNext(step);
                continue;
            }
            if (step.Type == StepType.End)
            {
                Finish(step);
                return;
            }
            var pending = editing && step.Type != StepType.Summary ? new PendingState(PendingKind.Editing, ReturnTo: returnTo) : null;
            Update(s => s with { StepId = step.Id, Retries = 0, Pending = pending });
            Ask();
            return;
        }
        Stop(Text(TextKeys.Cancelled));
    }

    private bool Skips(StepDefinition step, bool editing) =>
        !step.IsActive(Live.Slots)
        || Live.IsPrefilled(step.Id)
        || (editing && step.Type != StepType.Summary && (step.Type == StepType.Message || Live.Slots.ContainsKey(step.Id)));

    private void Finish(StepDefinition end)
    {
        if (end.Say.Length > 0)
            Say(Prompter.Say(end.Say, Live.Slots));
        _completion = end.Action is { } action ? new FlowCompletion(Flow.Id, action, ActiveSlots()) : null;
        _showMenu = _completion is null;
        State = null;
    }

    /// <summary>Host slots and answers of steps whose condition still holds (a changed identity drops the name).</summary>
    private IReadOnlyDictionary<string, SlotValue> ActiveSlots() =>
        Live.Slots.Where(kv => !Flow.HasStep(kv.Key) || Flow.Step(kv.Key).IsActive(Live.Slots))
            .ToDictionary(kv => kv.Key, kv => kv.Value);
}
