namespace ItaBot.Dialogs;

/// <summary>A pure, turn-by-turn dialog engine: the host loads the state, calls here, saves the returned state once.</summary>
public static class DialogEngine
{
    public static TurnResult Start(FlowCatalog catalog, string flowId, DateTimeOffset now,
        IReadOnlyDictionary<string, string>? initialSlots = null)
    {
        var prefilled = (initialSlots ?? new Dictionary<string, string>())
            .ToDictionary(kv => kv.Key, kv => new SlotValue(kv.Value, kv.Value));
        return Begin(catalog, catalog.Flow(flowId), now, prefilled, null);
    }

    public static TurnResult Continue(FlowCatalog catalog, DialogState state, UserInput input, DateTimeOffset now, DialogOptions options)
    {
        // Past the time drafts are kept, the host's purge may already have deleted it; either way it is gone.
        if (state.IdleLongerThan(now, options.KeepFor))
            return Dropped(catalog, state.FlowId, TextKeys.Expired, name => name == "days" ? options.KeptDays.ToString() : null);
        if (!catalog.TryFlow(state.FlowId, out var flow))
            return Dropped(catalog, state.FlowId, TextKeys.FlowChanged, _ => null);
        if (flow.Version != state.FlowVersion)
            return Begin(catalog, flow, now, Prefilled(state), catalog.FlowText(flow, TextKeys.FlowChanged, _ => null));
        var paused = state.Paused || state.IdleLongerThan(now, options.PauseAfter);
        var conversation = new Conversation(catalog, flow, state with { LastActivity = now, Paused = paused }, now, pausedBefore: state.Paused);
        new TurnHandler(conversation, options).Handle(input);
        return conversation.Result();
    }

    /// <summary>LINE unsend: forget any answer or evidence item that came from that message.</summary>
    public static DialogState RemoveMessage(DialogState state, string messageId)
    {
        var slots = new Dictionary<string, SlotValue>();
        foreach (var (key, value) in state.Slots)
        {
            if (value.SourceMessageId == messageId)
                continue;
            slots[key] = value.Items?.Any(i => i.MessageId == messageId) == true
                ? AnswerReader.EvidenceSlot(value.Items.Where(i => i.MessageId != messageId).ToList())
                : value;
        }
        var pending = state.Pending?.MessageId == messageId ? null : state.Pending;
        return state with { Slots = slots, Pending = pending };
    }

    internal static TurnResult Begin(FlowCatalog catalog, FlowDefinition flow, DateTimeOffset now,
        IReadOnlyDictionary<string, SlotValue> prefilled, string? notice)
    {
        var first = flow.Steps[0].Id;
        var state = new DialogState(flow.Id, flow.Version, first, prefilled, [], 0, now, null, prefilled.Keys.ToList());
        var conversation = new Conversation(catalog, flow, state, now);
        if (notice is not null)
            conversation.Say(notice);
        conversation.Advance(first, editing: false);
        return conversation.Result();
    }

    private static Dictionary<string, SlotValue> Prefilled(DialogState state) =>
        state.Slots.Where(kv => state.IsPrefilled(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);

    /// <summary>A fresh start of the same flow: only what the host gave (links, the case) is kept, no answer.</summary>
    internal static TurnResult Restart(FlowCatalog catalog, FlowDefinition flow, DialogState state, DateTimeOffset now) =>
        Begin(catalog, flow, now, Prefilled(state).Where(kv => !flow.HasStep(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value), null);

    private static TurnResult Dropped(FlowCatalog catalog, string flowId, string key, Func<string, string?> lookup)
    {
        var text = catalog.TryFlow(flowId, out var flow) ? catalog.FlowText(flow, key, lookup) : Template.Render(catalog.Label(key), lookup);
        return new TurnResult(null, [new TextMessage(text, [])], null, ShowMenu: true);
    }
}
