namespace ItaBot.Dialogs;

/// <summary>
/// People often tell what happened in several messages, the later ones arriving after the next question was asked.
/// Text that question cannot take is added to the answer of the step before it when that step is marked
/// <c>more</c>, instead of being refused as a wrong answer, so nothing they wrote is lost.
/// </summary>
internal sealed class StoryPieces(Conversation conversation)
{
    public bool TryAdd(UserInput input)
    {
        var state = conversation.Live;
        if (input is not TextInput { Text: var raw } || state.Pending is not null || state.History.Count == 0)
            return false;
        var story = conversation.Flow.Step(state.History[^1]);
        if (!story.More || !state.Slots.TryGetValue(story.Id, out var held) || held.Value.Length == 0)
            return false;
        var piece = raw.Trim();
        // Short words ("ไม่รู้", "จำไม่ได้") and bare figures ("20/12/2568") are tries at the question asked now,
        // and get its hint.
        if (Template.Graphemes(piece) < story.MinLength || !piece.Any(char.IsLetter) || story.Screen?.Matches(piece) == true)
            return false;
        var joined = held.Value + "\n" + piece;
        if (Template.Graphemes(joined) > story.MaxLength)
            return false;
        conversation.Update(s => s with { Slots = Slots.With(s.Slots, story.Id, held with { Value = joined, Display = joined }) });
        conversation.Say(conversation.Text(TextKeys.AddedToStory, name => name == "label" ? story.Label : null));
        conversation.Ask();
        return true;
    }
}
