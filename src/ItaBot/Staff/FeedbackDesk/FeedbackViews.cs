using ItaBot.Complaints;
using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Feedback;
using ItaBot.Line.Messaging;
using ItaBot.Staff.Cases;
using ItaBot.Storage.Entities;

namespace ItaBot.Staff.FeedbackDesk;

/// <summary>How feedback looks on a staff phone: a short list by reference number, then one entry in full.</summary>
public sealed class FeedbackViews(Texts texts, LineRenderer renderer)
{
    public const int MaxCards = 12;

    public IReadOnlyList<Message> List(IReadOnlyList<FeedbackEntry> entries, int total)
    {
        if (entries.Count == 0) return [texts.Message("staff.fb.empty")];
        var header = texts.Plain("staff.fb.header", Texts.Values(("count", total.ToString()), ("shown", entries.Count.ToString())));
        var bubbles = entries.Take(MaxCards).Select(f => (FlexBubble)renderer.Card(f.RefNo,
            [
                (texts.Plain("staff.fb.label.category"), f.Category),
                (texts.Plain("staff.fb.label.unit"), f.Unit),
                (texts.Plain("staff.fb.label.received"), CaseViews.When(f.ReceivedAt)),
                (texts.Plain("staff.fb.label.status"), Status(f.Status)),
            ],
            [new Button(ButtonKind.Postback, texts.Plain("staff.fb.btn.open"), StaffPostback.FeedbackItem(f.Id))]).Contents).ToList();
        return [renderer.Text(header), new FlexMessage(header, new FlexCarousel(bubbles))];
    }

    public Message Detail(FeedbackEntry f, string text, string? contact, string? answer)
    {
        var rows = new List<(string, string)>
        {
            (texts.Plain("staff.fb.label.category"), f.Category),
            (texts.Plain("staff.fb.label.unit"), f.Unit),
            (texts.Plain("staff.fb.label.received"), CaseViews.When(f.ReceivedAt)),
            (texts.Plain("staff.fb.label.status"), Status(f.Status)),
            (texts.Plain("staff.fb.label.text"), text),
            (texts.Plain("staff.fb.label.rating"), f.Rating is { } r ? r + "/5" : texts.Plain("staff.fb.no_rating")),
            (texts.Plain("staff.fb.label.contact"), f.WantsAnswer ? contact ?? "-" : texts.Plain("staff.fb.no_answer_wanted")),
        };
        if (answer is not null) rows.Add((texts.Plain("staff.fb.label.answer"), answer));
        if (f.PhotoStatus == EvidenceStatus.TooLarge) rows.Add((texts.Plain("staff.fb.label.photo"), texts.Plain("staff.fb.photo_too_large")));
        var buttons = new List<Button>();
        if (f.Status != FeedbackStatus.Handled)
        {
            if (f.WantsAnswer)
                buttons.Add(new Button(ButtonKind.Postback, texts.Plain("staff.fb.btn.answer"), FeedbackPostback.Answer(f.Id)));
            buttons.Add(new Button(ButtonKind.Postback, texts.Plain("staff.fb.btn.done"), FeedbackPostback.Done(f.Id)));
        }
        buttons.Add(ListButton());
        return renderer.Card(f.RefNo, rows, buttons);
    }

    public Button ListButton() => new(ButtonKind.Postback, texts.Plain("staff.fb.btn.list"), StaffPostback.Feedback);

    private string Status(string status) => texts.Plain("feedback.status." + status);
}
