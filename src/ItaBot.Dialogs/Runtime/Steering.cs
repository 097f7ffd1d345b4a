namespace ItaBot.Dialogs;

/// <summary>
/// Answers the screen question: yes moves the text into the target flow; no drops the text, says why (ITA keeps the
/// two channels apart) and asks the same question again, so praise or a suggestion that merely used one of the words
/// can still be written and filed.
/// </summary>
internal sealed class Steering
{
    private readonly Conversation _c;

    public Steering(Conversation conversation) => _c = conversation;

    public void Decide(UserInput input, Action invalid)
    {
        var screen = _c.Current.Screen!;
        switch (input)
        {
            case Tapped { Value: Postback.ScreenYes }:
                MoveTo(screen);
                break;
            case Tapped { Value: Postback.ScreenNo }:
                _c.Update(s => s with { Pending = null, Retries = 0 });
                _c.Say(_c.Prompter.Say(screen.Declined, _c.Live.Slots));
                _c.Ask();
                break;
            default:
                invalid();
                break;
        }
    }

    private void MoveTo(ScreenRule screen)
    {
        var state = _c.Live;
        var pending = state.Pending!;
        var carried = state.Slots.Where(kv => state.IsPrefilled(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
        carried[screen.CarryTo] = new SlotValue(pending.Text!, pending.Text!, pending.MessageId);
        _c.Replace(DialogEngine.Begin(_c.Catalog, _c.Catalog.Flow(screen.ToFlow), _c.Now, carried, null));
    }
}
