using System.Text.RegularExpressions;

namespace ItaBot.Dialogs;

/// <summary>
/// A person back after a long pause. What they send may answer the old question, or may be about something else
/// entirely (someone who went to find a document for an hour does not remember what was asked), so it is not taken
/// as an answer: the bot says which item and which question they were at, and asks whether to go on (ทำต่อ), start
/// the same item afresh (เริ่มใหม่) or cancel. เริ่มใหม่ throws the answers away, and an elderly person easily taps the
/// button next to the one they meant, so it is confirmed once (ยืนยันเริ่มใหม่ / กลับไปทำต่อ). A tap on the question's
/// own buttons, ยกเลิก or ย้อนกลับ, or a file or place where the question asks for one, says plainly what the person
/// wants and is taken as usual.
/// </summary>
internal sealed partial class Resumption
{
    private readonly Conversation _c;

    public Resumption(Conversation conversation) => _c = conversation;

    /// <summary>True when the input was dealt with here; false when it goes on to be handled as usual.</summary>
    public bool Handles(UserInput input, UserInput? decoded)
    {
        switch (Choice(input, decoded))
        {
            case Postback.Continue:
                _c.Update(s => s with { Paused = false });
                _c.Ask();
                return true;
            case Postback.Restart:
                AskRestart();
                return true;
            case Postback.RestartConfirmed:
                _c.Replace(DialogEngine.Restart(_c.Catalog, _c.Flow, _c.Live, _c.Now));
                return true;
            case Postback.Cancel:
                _c.Stop(_c.Text(TextKeys.Cancelled));
                return true;
        }
        if (!_c.Live.Paused)
            return false;
        if (decoded is Tapped || AnswersThisStep(decoded))
        {
            _c.Update(s => s with { Paused = false });
            return false;
        }
        // The menu keeps the draft paused; its ทำต่อ button comes back here as d|resume.
        if (decoded is TextInput t && _c.Says(t.Text, TextKeys.WordMenu))
            return false;
        // Photos come in bursts; the reminder already said what was sent is not kept, once is enough.
        if (decoded is MediaInput or LocationInput && _c.PausedBefore)
            return true;
        Remind();
        return true;
    }

    /// <summary>
    /// A file or a place sent where the question asks for files or a place can only be that answer: it is what
    /// someone who left to take the photo comes back with.
    /// </summary>
    private bool AnswersThisStep(UserInput? decoded) => (_c.Current.Type, decoded) switch
    {
        (StepType.Evidence, MediaInput or LocationInput) => true,
        (StepType.Location, LocationInput) => true,
        _ => false,
    };

    /// <summary>
    /// ทำต่อ from the reminder or from the menu, เริ่มใหม่ and its confirmation, or (typed while paused) ยกเลิก with a
    /// polite ending.
    /// </summary>
    private string? Choice(UserInput input, UserInput? decoded)
    {
        if (input is PostbackInput { Data: Postback.Resume })
            return Postback.Continue;
        if (decoded is Tapped { Value: Postback.Continue or Postback.Restart or Postback.RestartConfirmed } tapped)
            return tapped.Value;
        if (!_c.Live.Paused || decoded is not TextInput text)
            return null;
        // An elderly person types "ทำต่อค่ะ" as often as they tap; anywhere else that text is an answer.
        var typed = PoliteEnding().Replace(text.Text.Trim(), "");
        return _c.Says(typed, TextKeys.LabelResume) || _c.Says(typed, TextKeys.LabelBackToDraft) ? Postback.Continue
            : _c.Says(typed, TextKeys.LabelRestart) ? Postback.Restart
            : _c.Says(typed, TextKeys.LabelRestartConfirm) ? Postback.RestartConfirmed
            : _c.Says(typed, TextKeys.LabelCancel) ? Postback.Cancel
            : null;
    }

    private void Remind()
    {
        var step = _c.Current;
        var where = step.Label ?? FirstLine(_c.Prompter.Say(step.Say, _c.Live.Slots));
        var text = _c.Text(TextKeys.IdleResume, name => name switch
        {
            "flow" => _c.Flow.Title,
            "step" => where,
            _ => null,
        });
        _c.Add(new TextMessage(text,
        [
            _c.Prompter.Tap(step, _c.Prompter.Label(TextKeys.LabelResume), Postback.Continue),
            _c.Prompter.Tap(step, _c.Prompter.Label(TextKeys.LabelRestart), Postback.Restart),
            _c.Prompter.Tap(step, _c.Prompter.Label(TextKeys.LabelCancel), Postback.Cancel),
        ]));
    }

    /// <summary>
    /// Asks once before the answers go. The draft stays paused meanwhile, so anything but these two buttons (or the
    /// question's own) brings back the reminder rather than being taken as an answer.
    /// </summary>
    private void AskRestart()
    {
        var step = _c.Current;
        _c.Update(s => s with { Paused = true });
        _c.Add(new TextMessage(_c.Text(TextKeys.RestartConfirm, name => name == "flow" ? _c.Flow.Title : null),
        [
            _c.Prompter.Tap(step, _c.Prompter.Label(TextKeys.LabelRestartConfirm), Postback.RestartConfirmed),
            _c.Prompter.Tap(step, _c.Prompter.Label(TextKeys.LabelBackToDraft), Postback.Continue),
        ]));
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    [GeneratedRegex(@"\s*(นะ)?\s*(ค่ะ|คะ|ครับ|คับ|จ้ะ|จ้า|จ๊ะ)?\s*$")]
    private static partial Regex PoliteEnding();
}
