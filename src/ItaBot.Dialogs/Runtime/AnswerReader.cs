using System.Globalization;

namespace ItaBot.Dialogs;

/// <summary>Reads one input as an answer to one asking step; knows nothing of turns or state changes.</summary>
internal sealed class AnswerReader
{
    private static readonly Rejected No = new();
    private readonly FlowCatalog _catalog;
    private readonly FlowDefinition _flow;
    private readonly DateTimeOffset _now;
    private readonly long? _maxFileBytes;

    public AnswerReader(FlowCatalog catalog, FlowDefinition flow, DateTimeOffset now, long? maxFileBytes = null)
    {
        _catalog = catalog;
        _flow = flow;
        _now = now;
        _maxFileBytes = maxFileBytes;
    }

    public StepAnswer Read(StepDefinition step, UserInput input, IReadOnlyDictionary<string, SlotValue> slots) => step.Type switch
    {
        StepType.Text => Text(step, input),
        StepType.Choice => Option(step, input),
        StepType.Confirm => Confirm(step, input),
        StepType.Rating => Rating(step, input),
        StepType.Number => Number(step, input),
        StepType.Date => Date(input),
        StepType.Location => Location(step, input),
        StepType.Evidence => Evidence(step, input, slots),
        _ => No,
    };

    private StepAnswer Text(StepDefinition step, UserInput input)
    {
        if (IsSkip(step, input))
            return Skipped();
        if (input is Tapped)
            return Option(step, input);
        if (input is not TextInput { Text: var raw, MessageId: var id })
            return No;
        var text = raw.Trim();
        if (step.Screen?.Matches(text) == true)
            return new Screened(text, id);
        var length = Template.Graphemes(text);
        if (length < step.MinLength || length > step.MaxLength)
            return No;
        var value = step.Validate is { } rule ? InputRules.Check(rule, text) : text;
        return value is null ? No : new Answered(new SlotValue(value, value, id));
    }

    private static StepAnswer Option(StepDefinition step, UserInput input) =>
        input is Tapped t && step.Options.FirstOrDefault(o => o.Value == t.Value) is { } option
            ? new Answered(new SlotValue(option.Value, option.Label), option.Next)
            : No;

    private static StepAnswer Confirm(StepDefinition step, UserInput input) => input switch
    {
        Tapped { Value: Postback.Yes } => new Answered(new SlotValue("yes", step.YesLabel!), step.NextYes),
        Tapped { Value: Postback.No } => new Answered(new SlotValue("no", step.NoLabel!), step.NextNo),
        _ => No,
    };

    private StepAnswer Rating(StepDefinition step, UserInput input)
    {
        if (IsSkip(step, input))
            return Skipped();
        var text = input switch { Tapped t => t.Value, TextInput t => InputRules.ArabicDigits(t.Text.Trim()), _ => "" };
        return text.Length == 1 && text[0] is >= '1' and <= '5' ? new Answered(new SlotValue(text, text)) : No;
    }

    private static StepAnswer Number(StepDefinition step, UserInput input)
    {
        if (input is not TextInput t)
            return No;
        var text = InputRules.ArabicDigits(t.Text.Trim()).Replace(",", "");
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            return No;
        if (n < (step.Min ?? int.MinValue) || n > (step.Max ?? int.MaxValue))
            return No;
        var value = n.ToString(CultureInfo.InvariantCulture);
        return new Answered(new SlotValue(value, value, t.MessageId));
    }

    private StepAnswer Date(UserInput input)
    {
        if (input is Tapped { Value: Postback.Unsure })
            return new Answered(new SlotValue("unknown", _catalog.Label(TextKeys.LabelUnsure)));
        var (text, id) = input switch
        {
            Tapped { Value: Postback.Date, Params: { } p } when p.TryGetValue("date", out var d) => (d, null),
            TextInput t => (t.Text, t.MessageId),
            _ => ("", null),
        };
        return InputRules.PastDate(text, _now) is { } date
            ? new Answered(new SlotValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), InputRules.DisplayDate(date), id))
            : No;
    }

    private StepAnswer Location(StepDefinition step, UserInput input)
    {
        if (IsSkip(step, input))
            return Skipped();
        return input switch
        {
            LocationInput l => new Answered(Place(l)),
            TextInput t when Template.Graphemes(t.Text.Trim()) >= 2 => new Answered(new SlotValue(t.Text.Trim(), t.Text.Trim(), t.MessageId)),
            _ => No,
        };
    }

    private StepAnswer Evidence(StepDefinition step, UserInput input, IReadOnlyDictionary<string, SlotValue> slots)
    {
        var items = slots.TryGetValue(step.Id, out var held) ? held.Items ?? [] : [];
        var item = input switch
        {
            MediaInput m when !step.PhotosOnly || m.Kind == "image" => new EvidenceItem(m.Kind, m.MessageId, m.FileName, null, null, null),
            LocationInput l when !step.PhotosOnly => Place(l).Items![0],
            _ => null,
        };
        if (item is null && input is MediaInput or LocationInput)
            return No;
        if (input is MediaInput { FileSize: { } size } && size > _maxFileBytes)
            return new TooLarge();
        if (item is null)
            return input switch
            {
                Tapped { Value: Postback.Done } when items.Count > 0 => new Answered(EvidenceSlot(items)),
                Tapped { Value: Postback.Skip } => new Answered(EvidenceSlot([])),
                _ => No,
            };
        var kept = items.Count < step.MaxItems ? [.. items, item] : items;
        var reply = input is not MediaInput { SetIndex: { } index, SetTotal: { } total } || index >= total;
        return kept.Count >= step.MaxItems && reply
            ? new Answered(EvidenceSlot(kept), Ack: Received(kept.Count))
            : new Collected(EvidenceSlot(kept), reply);
    }

    public string Received(int count) =>
        _catalog.FlowText(_flow, TextKeys.Received, n => n == "count" ? count.ToString(CultureInfo.InvariantCulture) : null);

    /// <summary>The limit in whole megabytes, as the person is told it.</summary>
    public string FileTooLarge() =>
        _catalog.FlowText(_flow, TextKeys.FileTooLarge,
            n => n == "max_mb" ? ((_maxFileBytes ?? 0) / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) : null);

    public static SlotValue EvidenceSlot(IReadOnlyList<EvidenceItem> items)
    {
        // The value stays empty for none, which the summary shows as not given; the display says 0 in a sentence.
        var count = items.Count.ToString(CultureInfo.InvariantCulture);
        return new SlotValue(items.Count == 0 ? "" : count, count, null, items);
    }

    private static SlotValue Place(LocationInput l)
    {
        var coords = string.Create(CultureInfo.InvariantCulture, $"{l.Latitude},{l.Longitude}");
        var label = PlaceLabel.Of(l.Title, l.Address);
        return new SlotValue(coords, label ?? coords, l.MessageId, [new EvidenceItem("location", l.MessageId, null, l.Latitude, l.Longitude, label)]);
    }

    private static bool IsSkip(StepDefinition step, UserInput input) => step.Optional && input is Tapped { Value: Postback.Skip };

    /// <summary>A flow may word a skipped answer its own way: in an update, skipping means "unchanged".</summary>
    private Answered Skipped() => new(new SlotValue("", _catalog.FlowText(_flow, TextKeys.NotGiven, _ => null)));
}
