using ItaBot.Dialogs;

namespace ItaBot.Dialogs.Tests.Support;

/// <summary>Plays a conversation turn by turn the way the host would, keeping the state between turns.</summary>
internal sealed class Transcript
{
    private int _messageCounter;

    public Transcript(FlowCatalog? catalog = null, DialogOptions? options = null)
    {
        Catalog = catalog ?? ShippedDialogs.Catalog;
        Options = options ?? new DialogOptions();
    }

    public FlowCatalog Catalog { get; set; }
    public DialogOptions Options { get; }
    public DateTimeOffset Now { get; private set; } = new(2025, 6, 10, 9, 0, 0, TimeSpan.FromHours(7));
    public DialogState? State { get; set; }
    public TurnResult Last { get; private set; } = new(null, [], null, false);
    public FlowCompletion? Completion => Last.Completion;
    public string? LastMessageId { get; private set; }

    public Transcript Start(string flowId, IReadOnlyDictionary<string, string>? initialSlots = null) =>
        Record(DialogEngine.Start(Catalog, flowId, Now, initialSlots));

    public Transcript Say(string text)
    {
        LastMessageId = NextId();
        return Send(new TextInput(text, LastMessageId));
    }

    public Transcript Tap(string label, string? date = null)
    {
        var button = Buttons.FirstOrDefault(b => b.Label == label)
            ?? throw new Xunit.Sdk.XunitException($"No button '{label}'. Buttons: {string.Join(" | ", Buttons.Select(b => b.Label))}");
        var parameters = date is null ? null : new Dictionary<string, string> { ["date"] = date };
        return Send(new PostbackInput(button.Data!, parameters));
    }

    public Transcript SendPhoto(int? setIndex = null, int? setTotal = null)
    {
        LastMessageId = NextId();
        return Send(new MediaInput("image", LastMessageId, null, setIndex, setTotal));
    }

    public Transcript SendLocation(string? address = "หน้าที่ทำการ อบต.", double lat = 15.1, double lon = 101.2, string? title = null)
    {
        LastMessageId = NextId();
        return Send(new LocationInput(lat, lon, title, address, LastMessageId));
    }

    public Transcript Send(UserInput input)
    {
        var state = State ?? throw new Xunit.Sdk.XunitException("No flow is active");
        return Record(DialogEngine.Continue(Catalog, state, input, Now, Options));
    }

    public Transcript Wait(TimeSpan span)
    {
        Now += span;
        return this;
    }

    /// <summary>Every text the bot sent in the last turn, card titles and rows included.</summary>
    public IReadOnlyList<string> Texts => Last.Messages.Select(m => m switch
    {
        TextMessage t => t.Text,
        CardMessage c => c.Title + "\n" + string.Join("\n", c.Rows.Select(r => $"{r.Label}: {r.Value}")),
        _ => "",
    }).ToList();

    public IReadOnlyList<Button> Buttons => Last.Messages.Count == 0 ? [] : Last.Messages[^1] switch
    {
        TextMessage t => t.QuickReplies,
        CardMessage c => c.Buttons,
        _ => [],
    };

    public IReadOnlyList<string> Labels => Buttons.Select(b => b.Label).ToList();

    public CardMessage Card => Last.Messages.OfType<CardMessage>().Single();

    public void BotSays(string fragment) =>
        Assert.True(Texts.Any(t => t.Contains(fragment)), $"Expected the bot to say '{fragment}', it said:\n{string.Join("\n---\n", Texts)}");

    public void BotOffers(params string[] labels)
    {
        foreach (var label in labels)
            Assert.Contains(label, Labels);
    }

    private Transcript Record(TurnResult result)
    {
        Last = result;
        State = result.State;
        Assert.True(result.Messages.Count <= 5, "LINE allows at most five messages per reply");
        return this;
    }

    private string NextId() => $"m{++_messageCounter}";
}
