namespace ItaBot.Dialogs;

/// <summary>
/// Answers the screen question: yes moves the text into the target flow; no tells the person that such
/// a matter cannot be filed as feedback and ends without storing it (ITA keeps the two channels apart).
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
                _c.Stop(_c.Prompter.Say(screen.Declined, _c.Live.Slots));
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
