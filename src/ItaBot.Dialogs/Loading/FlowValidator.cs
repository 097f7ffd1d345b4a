using System.Text.RegularExpressions;

namespace ItaBot.Dialogs;

/// <summary>Checks one flow against its own steps, the texts catalogue, the other flows and LINE's limits.</summary>
internal sealed partial class FlowValidator
{
    private static readonly Dictionary<string, SlotValue> NoSlots = new();
    private static readonly string[] Validators = [InputRules.PhoneTh, InputRules.Name, InputRules.ReceiptCode, InputRules.Links];

    private readonly FlowCatalog _catalog;
    private readonly FlowDefinition _flow;
    private readonly List<string> _errors;
    private readonly Prompter _prompter;
    private readonly HashSet<string> _slots;

    public FlowValidator(FlowCatalog catalog, FlowDefinition flow, List<string> errors)
    {
        _catalog = catalog;
        _flow = flow;
        _errors = errors;
        _prompter = new Prompter(catalog, flow);
        _slots = [.. flow.Steps.Select(s => s.Id), .. flow.HostSlots];
    }

    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex IdPattern();

    public void Validate()
    {
        foreach (var (key, text) in _flow.Texts)
            CheckTemplate(text, $"{_flow.FileName}: texts '{key}'");
        foreach (var duplicate in _flow.Steps.GroupBy(s => s.Id).Where(g => g.Count() > 1))
            Error(duplicate.Key, "duplicate id");
        foreach (var step in _flow.Steps)
            ValidateStep(step);
    }

    private void ValidateStep(StepDefinition step)
    {
        if (!IdPattern().IsMatch(step.Id))
            Error(step.Id, "ids may use only a-z, 0-9 and _");
        CheckTemplate(step.Say, Where(step));
        CheckTemplate(step.Hint ?? "", Where(step));
        CheckTargets(step);
        CheckLabels(step);
        CheckButtons(step);
        CheckTypeRules(step);
        if (step.When is { } when && !_slots.Contains(when.Slot))
            Error(step.Id, $"'when' names unknown slot '{when.Slot}'");
        if (step.Type == StepType.Message && LongestMessageChain(step.Id, []) > Limits.MessageChain)
            Error(step.Id, $"more than {Limits.MessageChain} message steps in a row would pass LINE's {Limits.MessagesPerReply} messages per reply");
    }

    private void CheckTargets(StepDefinition step)
    {
        string?[] targets = [step.Next, step.NextYes, step.NextNo, .. step.Options.Select(o => o.Next)];
        foreach (var target in targets.OfType<string>().Where(t => !_flow.HasStep(t)))
            Error(step.Id, $"next/goto to missing step '{target}'");
        if (step.Type != StepType.End && _flow.DefaultNext(step) is null && step.NextYes is null)
            Error(step.Id, "the last step must be an end step or say 'next'");
        if (step.More && step.Label is null)
            Error(step.Id, "'more' needs a 'label': the person is told which answer their next messages were added to");
        foreach (var field in step.Fields ?? [])
        {
            if (!_flow.HasStep(field))
                Error(step.Id, $"'fields' names missing step '{field}'");
            else if (_flow.Step(field).Label is null)
                Error(step.Id, $"field '{field}' needs a 'label' to be shown and edited");
        }
    }

    private void CheckLabels(StepDefinition step)
    {
        string?[] labels = [step.Label, step.YesLabel, step.NoLabel, step.Screen?.YesLabel, step.Screen?.NoLabel,
            .. step.Options.Select(o => o.Label)];
        foreach (var label in labels.OfType<string>())
            TextsValidator.CheckLabel(label, Where(step), _errors);
        foreach (var option in step.Options.Where(o => o.Value.StartsWith('!')))
            Error(step.Id, $"option value '{option.Value}' may not start with '!'");
    }

    private void CheckButtons(StepDefinition step)
    {
        if (!step.Asks)
            return;
        foreach (var buttons in ButtonSets(step))
        {
            if (buttons.Count > Limits.QuickReplies)
                Error(step.Id, $"{buttons.Count} quick-reply buttons (with ย้อนกลับ and ยกเลิก), more than {Limits.QuickReplies}");
            foreach (var button in buttons.Where(b => b.Data?.Length > Postback.MaxLength))
                Error(step.Id, $"postback data for '{button.Label}' is {button.Data!.Length} chars, over {Postback.MaxLength}");
        }
    }

    private IEnumerable<IReadOnlyList<Button>> ButtonSets(StepDefinition step)
    {
        yield return [.. _prompter.StepButtons(step, NoSlots), .. _prompter.Globals(step, true)];
        if (step.Screen is not null)
            yield return _prompter.ScreenAsk(step).QuickReplies;
        if (step.Type == StepType.Summary)
            yield return EditButtons(step);
    }

    private IReadOnlyList<Button> EditButtons(StepDefinition summary)
    {
        var fields = summary.Fields?.Where(_flow.HasStep).Select(_flow.Step)
            ?? _flow.Steps.Take(_flow.IndexOf(summary.Id)).Where(s => s.Asks && s.Label is not null);
        return [.. fields.Select(f => _prompter.Tap(summary, f.Label ?? f.Id, Postback.EditField + f.Id)), .. _prompter.Globals(summary, true)];
    }

    private void CheckTypeRules(StepDefinition step)
    {
        if (step.Type == StepType.Choice && step.Options.Count == 0)
            Error(step.Id, "a choice needs 'options'");
        if (step.Validate is { } rule && !Validators.Contains(rule))
            Error(step.Id, $"unknown validate '{rule}'");
        if (step.Min > step.Max)
            Error(step.Id, "'min' is above 'max'");
        if (step.MinLength > step.MaxLength || step.MaxItems < 1)
            Error(step.Id, "length or item limits do not make sense");
        if (step.Screen is { } screen)
            CheckScreen(step, screen);
    }

    private void CheckScreen(StepDefinition step, ScreenRule screen)
    {
        CheckTemplate(screen.Ask, Where(step));
        CheckTemplate(screen.Declined, Where(step));
        if (!_catalog.TryFlow(screen.ToFlow, out var target))
            Error(step.Id, $"screen goes to missing flow '{screen.ToFlow}'");
        else if (!target.HasStep(screen.CarryTo))
            Error(step.Id, $"screen carries to missing step '{screen.CarryTo}' of {target.FileName}");
    }

    /// <summary>Steps with a condition may be skipped, so they join the chains around them.</summary>
    private int LongestMessageChain(string? id, HashSet<string> seen)
    {
        if (id is null || !_flow.HasStep(id) || !seen.Add(id))
            return 0;
        var step = _flow.Step(id);
        var own = step.Type == StepType.Message ? 1 : 0;
        if (step.Type != StepType.Message && step.When is null)
            return 0;
        return own + LongestMessageChain(_flow.DefaultNext(step), [.. seen]);
    }

    private void CheckTemplate(string template, string where)
    {
        foreach (var slot in Template.SlotsIn(template).Where(s => !_slots.Contains(s)).Distinct())
            _errors.Add($"{where}: unknown slot '{{{slot}}}'");
    }

    private string Where(StepDefinition step) => $"{_flow.FileName}: step '{step.Id}'";

    private void Error(string stepId, string message) => _errors.Add($"{_flow.FileName}: step '{stepId}': {message}");
}
