namespace ItaBot.Dialogs;

/// <summary>Turns the current position of a flow into the message that asks for it.</summary>
internal sealed class Prompter
{
    private readonly FlowCatalog _catalog;
    private readonly FlowDefinition _flow;

    public Prompter(FlowCatalog catalog, FlowDefinition flow)
    {
        _catalog = catalog;
        _flow = flow;
    }

    public BotMessage Prompt(DialogState state)
    {
        var step = _flow.Step(state.StepId);
        return state.Pending?.Kind switch
        {
            PendingKind.ScreenConfirm => ScreenAsk(step),
            PendingKind.EditMenu => EditMenu(step, state.Slots),
            _ when step.Type == StepType.Summary => Summary(step, state.Slots),
            _ => new TextMessage(Say(step.Say, state.Slots), WithGlobals(step, StepButtons(step, state.Slots), CanGoBack(state))),
        };
    }

    /// <summary>A step's own button with the same label (a confirm's ยกเลิก) stands in for the global one.</summary>
    public IReadOnlyList<Button> WithGlobals(StepDefinition step, IReadOnlyList<Button> own, bool canGoBack) =>
        [.. own, .. Globals(step, canGoBack).Where(g => own.All(b => b.Label != g.Label))];

    public static bool CanGoBack(DialogState state) => state.History.Count > 0 || state.Pending is not null;

    public IReadOnlyList<Button> StepButtons(StepDefinition step, IReadOnlyDictionary<string, SlotValue> slots) => step.Type switch
    {
        StepType.Text => [.. step.Options.Select(o => Tap(step, o.Label, o.Value)), .. SkipIf(step, step.Optional)],
        StepType.Choice => step.Options.Select(o => Tap(step, o.Label, o.Value)).ToList(),
        StepType.Confirm => [Tap(step, step.YesLabel!, Postback.Yes), Tap(step, step.NoLabel!, Postback.No)],
        StepType.Rating => [.. Enumerable.Range(1, 5).Select(n => Tap(step, $"{n}", $"{n}")), .. SkipIf(step, step.Optional)],
        StepType.Date => [Picker(step), Tap(step, Label(TextKeys.LabelUnsure), Postback.Unsure)],
        StepType.Location => [new Button(ButtonKind.Location, Label(TextKeys.LabelLocation), null), .. SkipIf(step, step.Optional)],
        StepType.Evidence => EvidenceButtons(step, slots),
        StepType.Summary => [Tap(step, Label(TextKeys.LabelSubmit), Postback.Submit), Tap(step, Label(TextKeys.LabelEdit), Postback.Edit), Cancel(step)],
        _ => [],
    };

    public IReadOnlyList<Button> Globals(StepDefinition step, bool canGoBack) =>
        canGoBack ? [Tap(step, Label(TextKeys.LabelBack), Postback.Back), Cancel(step)] : [Cancel(step)];

    public TextMessage ScreenAsk(StepDefinition step)
    {
        var screen = step.Screen!;
        return new TextMessage(screen.Ask,
            WithGlobals(step, [Tap(step, screen.YesLabel, Postback.ScreenYes), Tap(step, screen.NoLabel, Postback.ScreenNo)], true));
    }

    public TextMessage EditMenu(StepDefinition summary, IReadOnlyDictionary<string, SlotValue> slots)
    {
        var fields = SummaryFields(summary, slots).Select(f => Tap(summary, f.Label!, Postback.EditField + f.Id));
        return new TextMessage(Label(TextKeys.EditPrompt), WithGlobals(summary, fields.ToList(), true));
    }

    public CardMessage Summary(StepDefinition step, IReadOnlyDictionary<string, SlotValue> slots)
    {
        var rows = SummaryFields(step, slots).Select(f => new CardRow(f.Label!, Display(f, slots))).ToList();
        return new CardMessage(Say(step.Say, slots), rows, StepButtons(step, slots));
    }

    /// <summary>The listed fields, else every active asking step above the summary that has a label.</summary>
    public IReadOnlyList<StepDefinition> SummaryFields(StepDefinition summary, IReadOnlyDictionary<string, SlotValue> slots)
    {
        var candidates = summary.Fields is { } names
            ? names.Where(_flow.HasStep).Select(_flow.Step)
            : _flow.Steps.Take(_flow.IndexOf(summary.Id)).Where(s => s.Asks && s.Label is not null);
        return candidates.Where(s => s.IsActive(slots)).ToList();
    }

    public string Say(string template, IReadOnlyDictionary<string, SlotValue> slots) =>
        Template.Render(template, name => slots.TryGetValue(name, out var v) ? v.Display : null);

    public string Label(string key) => _catalog.Label(key);

    public Button Tap(StepDefinition step, string label, string value) =>
        new(ButtonKind.Postback, label, Postback.For(_flow.Version, step.Id, value));

    private string Display(StepDefinition field, IReadOnlyDictionary<string, SlotValue> slots)
    {
        if (!slots.TryGetValue(field.Id, out var value) || value.Value.Length == 0)
            return Label(TextKeys.NotGiven);
        if (field.Type == StepType.Evidence)
            return _catalog.FlowText(_flow, TextKeys.EvidenceCount, n => n == "count" ? value.Display : null);
        return value.Display;
    }

    private IReadOnlyList<Button> EvidenceButtons(StepDefinition step, IReadOnlyDictionary<string, SlotValue> slots)
    {
        var any = slots.TryGetValue(step.Id, out var v) && v.Items is { Count: > 0 };
        return
        [
            new Button(ButtonKind.Camera, Label(TextKeys.LabelCamera), null),
            new Button(ButtonKind.CameraRoll, Label(TextKeys.LabelCameraRoll), null),
            .. step.PhotosOnly ? Array.Empty<Button>() : [new Button(ButtonKind.Location, Label(TextKeys.LabelLocation), null)],
            any ? Tap(step, Label(TextKeys.LabelDone), Postback.Done) : Tap(step, Label(TextKeys.LabelSkip), Postback.Skip),
        ];
    }

    private IEnumerable<Button> SkipIf(StepDefinition step, bool optional) =>
        optional ? [Tap(step, Label(TextKeys.LabelSkip), Postback.Skip)] : [];

    private Button Picker(StepDefinition step) =>
        new(ButtonKind.DatePicker, Label(TextKeys.LabelPickDate), Postback.For(_flow.Version, step.Id, Postback.Date));

    private Button Cancel(StepDefinition step) => Tap(step, Label(TextKeys.LabelCancel), Postback.Cancel);
}
