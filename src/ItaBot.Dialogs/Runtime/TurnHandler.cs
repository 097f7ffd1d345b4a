namespace ItaBot.Dialogs;

/// <summary>Decides what one input means at the current position: a global word, a stale button, or an answer.</summary>
internal sealed class TurnHandler
{
    private readonly Conversation _c;
    private readonly DialogOptions _options;
    private readonly AnswerReader _reader;

    public TurnHandler(Conversation conversation, DialogOptions options)
    {
        _c = conversation;
        _options = options;
        _reader = new AnswerReader(conversation.Catalog, conversation.Flow, conversation.Now, options.MaxFileBytes);
    }

    public void Handle(UserInput input)
    {
        var decoded = Decode(input);
        if (new Resumption(_c).Handles(input, decoded))
            return;
        switch (decoded)
        {
            case null:
                _c.Ask();
                break;
            case StickerInput:
                _c.Ask();
                break;
            case TextInput t when Is(t, TextKeys.WordMenu):
                _c.ShowMenu();
                break;
            case TextInput t when Is(t, TextKeys.WordHelp):
                Help();
                break;
            case var answer:
                Answer(answer);
                break;
        }
    }

    /// <summary>Typed labels count as taps; postbacks for another step or version come back as null (ask again).</summary>
    private UserInput? Decode(UserInput input)
    {
        if (input is TextInput t && TypedButton(t.Text) is { } data)
            input = new PostbackInput(data, null);
        if (input is not PostbackInput p)
            return input;
        if (p.Data == Postback.Resume || !Postback.TryParse(p.Data, out var version, out var step, out var value))
            return null;
        return version == _c.Live.FlowVersion && step == _c.Live.StepId ? new Tapped(value, p.Params) : null;
    }

    private string? TypedButton(string text)
    {
        var typed = text.Trim();
        if (_c.Says(typed, TextKeys.LabelCancel))
            return Postback.For(_c.Live.FlowVersion, _c.Live.StepId, Postback.Cancel);
        if (_c.Says(typed, TextKeys.LabelBack))
            return Postback.For(_c.Live.FlowVersion, _c.Live.StepId, Postback.Back);
        var buttons = _c.Prompter.Prompt(_c.Live) switch
        {
            TextMessage m => m.QuickReplies,
            CardMessage card => card.Buttons,
            _ => [],
        };
        return buttons.FirstOrDefault(b => b.Kind == ButtonKind.Postback && (Same(b.Label, typed) || Same(Short(b.Label), typed)))?.Data;
    }

    private void Answer(UserInput input)
    {
        var pending = _c.Live.Pending?.Kind;
        switch (input)
        {
            case Tapped { Value: Postback.Cancel }:
                _c.Stop(_c.Text(TextKeys.Cancelled));
                return;
            case Tapped { Value: Postback.Back }:
                new BackNavigator(_c).Back();
                return;
        }
        if (pending == PendingKind.ScreenConfirm)
            new Steering(_c).Decide(input, () => Invalid());
        else if (pending == PendingKind.EditMenu || _c.Current.Type == StepType.Summary)
            new SummaryDesk(_c).Handle(input, () => Invalid(Explain(input)));
        else
            Apply(_reader.Read(_c.Current, input, _c.Live.Slots), input);
    }

    private void Apply(StepAnswer answer, UserInput input)
    {
        switch (answer)
        {
            case Answered a:
                _c.Accept(_c.Current, a);
                break;
            case Collected col:
                Collect(col);
                break;
            case TooLarge:
                Refuse(_reader.FileTooLarge());
                break;
            case Screened s:
                _c.Update(st => st with { Pending = new PendingState(PendingKind.ScreenConfirm, s.Text, s.MessageId), Retries = 0 });
                _c.Ask();
                break;
            default:
                if (!new StoryPieces(_c).TryAdd(input))
                    Invalid(Explain(input));
                break;
        }
    }

    private void Collect(Collected collected)
    {
        var step = _c.Current;
        _c.Update(s => s with { Slots = Slots.With(s.Slots, step.Id, collected.Value), Retries = 0 });
        if (!collected.Reply)
            return;
        var prompt = (TextMessage)_c.Prompter.Prompt(_c.Live);
        _c.Add(new TextMessage(_reader.Received(collected.Value.Items!.Count), prompt.QuickReplies));
    }

    // Not a wrong answer, so it does not count towards the retries.
    private void Refuse(string why)
    {
        var prompt = (TextMessage)_c.Prompter.Prompt(_c.Live);
        _c.Add(new TextMessage(why, prompt.QuickReplies));
    }

    /// <summary>A photo, file or place sent where none is asked for would otherwise get a hint about something else.</summary>
    private string? Explain(UserInput input) =>
        input is MediaInput or LocationInput && _c.Current.Type != StepType.Evidence ? TextKeys.NotTaken : null;

    /// <summary>
    /// Asks again with the hint; after MaxRetries failed tries, says plainly that the draft is kept and how to go on.
    /// The draft is never dropped here: someone telling their story in several messages would lose all of it.
    /// </summary>
    /// <param name="explanation">A text key saying why the input was not taken, in place of the step's hint.</param>
    private void Invalid(string? explanation = null)
    {
        var retries = _c.Live.Retries + 1;
        var exhausted = retries > _options.MaxRetries;
        _c.Update(s => s with { Retries = exhausted ? 0 : retries });
        var prompt = _c.Prompter.Prompt(_c.Live);
        var hint = exhausted ? _c.Text(TextKeys.RetryExhausted)
            : explanation is not null ? _c.Text(explanation)
            : _c.Live.Pending is null ? _c.Current.Hint : null;
        if (hint is null)
            _c.Add(prompt);
        else if (prompt is TextMessage text)
            _c.Add(new TextMessage(_c.Prompter.Say(hint, _c.Live.Slots), text.QuickReplies));
        else
        {
            _c.Say(_c.Prompter.Say(hint, _c.Live.Slots));
            _c.Add(prompt);
        }
    }

    private void Help()
    {
        if (_c.Current.Hint is { } hint)
            _c.Say(_c.Prompter.Say(hint, _c.Live.Slots));
        _c.Ask();
    }

    private bool Is(TextInput input, string key) => _c.Says(input.Text, key);

    private static bool Same(string label, string typed) => string.Equals(label.Trim(), typed, StringComparison.OrdinalIgnoreCase);

    /// <summary>A label without its note in brackets: people type "แจ้งชื่อ" for "แจ้งชื่อ (เก็บเป็นความลับ)".</summary>
    private static string Short(string label) => label.IndexOf(" (", StringComparison.Ordinal) is > 0 and var at ? label[..at] : label;
}
