using ItaBot.Complaints;
using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Line.Messaging;
using ItaBot.Storage;
using ItaBot.Storage.Entities;

namespace ItaBot.Staff.Cases;

/// <summary>
/// How cases look in chat. Lists carry case numbers, stages and dates only: a list is glanced at, forwarded and
/// screenshotted, so what was alleged and by whom appears only after a deliberate, audited tap.
/// </summary>
public sealed class CaseViews(Texts texts, LineRenderer renderer, ForwardingAgency agencies, ComplainantNotes notes)
{
    public const int MaxCards = 12;

    public IReadOnlyList<Message> List(IReadOnlyList<Complaint> cases, int total, DateTimeOffset now)
    {
        if (cases.Count == 0) return [texts.Message("staff.cases.empty")];
        var header = texts.Plain("staff.cases.header", Texts.Values(("count", total.ToString()), ("shown", cases.Count.ToString())));
        var bubbles = cases.Take(MaxCards).Select(c => Bubble(renderer.Card(c.CaseNo,
            [
                (texts.Plain("staff.case.label.stage"), Stage(c.Stage)),
                (texts.Plain("staff.case.label.received"), When(c.ReceivedAt)),
                (texts.Plain("staff.case.label.due"), When(c.StageDue)),
            ],
            [new Button(ButtonKind.Postback, texts.Plain("staff.case.btn.open"), StaffPostback.OpenCase(c.Id))],
            IsOverdue(c, now) ? "⚠ " + texts.Plain("staff.case.overdue") : null))).ToList();
        return [renderer.Text(header), new FlexMessage(header, new FlexCarousel(bubbles))];
    }

    /// <param name="evidence">The status of each evidence item.</param>
    public IReadOnlyList<Message> Detail(Complaint c, ComplaintContent content, IReadOnlyList<string> evidence, DateTimeOffset now)
    {
        var rows = new List<(string, string)>
        {
            (texts.Plain("staff.case.label.stage"), Stage(c.Stage) + (agencies.Read(c) is { } agency ? " (" + agency + ")" : "")),
            (texts.Plain("staff.case.label.received"), When(c.ReceivedAt)),
            (texts.Plain("staff.case.label.due"), IsOpen(c) ? When(c.StageDue) : "-"),
            (texts.Plain("staff.case.label.complainant"), texts.Plain(c.Anonymous ? "staff.case.anonymous" : "staff.case.named")),
            (texts.Plain("staff.case.label.who"), content.Who ?? "-"),
            (texts.Plain("staff.case.label.what"), content.What ?? "-"),
            (texts.Plain("staff.case.label.when"), content.When ?? "-"),
            (texts.Plain("staff.case.label.where"), content.Where ?? "-"),
            (texts.Plain("staff.case.label.evidence"), Evidence(evidence)),
            (texts.Plain("staff.case.label.public_note"), notes.CurrentNote(c) ?? "-"),
        };
        if (notes.Result(c) is { } result) rows.Add((texts.Plain("staff.case.label.result"), result));
        var card = renderer.Card(texts.Plain("staff.case.title") + " " + c.CaseNo, rows, Actions(c),
            IsOverdue(c, now) ? "⚠ " + texts.Plain("staff.case.overdue") : null);
        // The card clips long values; the full account follows as text so nothing alleged is lost on the phone.
        if (content.What is { Length: > 400 } what)
            return [card, texts.Message("staff.case.full_text", Texts.Values(("case_no", c.CaseNo), ("what", Clip(what, 4500))))];
        return [card];
    }

    // A file too big to fetch exists only on the complainant's phone: the officer has to know to ask for it.
    private string Evidence(IReadOnlyList<string> statuses)
    {
        var tooLarge = statuses.Count(s => s == EvidenceStatus.TooLarge);
        return tooLarge == 0
            ? texts.Plain("staff.case.evidence_count", Texts.Values(("count", statuses.Count.ToString())))
            : texts.Plain("staff.case.evidence_too_large",
                Texts.Values(("count", statuses.Count.ToString()), ("too_large", tooLarge.ToString())));
    }

    public Message Identity(Complaint c, ComplainantIdentity? identity) => identity is null
        ? texts.Message("staff.case.identity_anonymous", Texts.Values(("case_no", c.CaseNo)))
        : texts.Message("staff.case.identity", Texts.Values(("case_no", c.CaseNo),
            ("name", identity.Name ?? "-"), ("phone", identity.Phone ?? "-")));

    public string Stage(string stage) => texts.Plain("stage." + stage);

    public string MoveLabel(string stage) => texts.Plain("staff.move." + stage);

    public Button ListButton() => new(ButtonKind.Postback, texts.Plain("staff.case.btn.list"), StaffPostback.Cases);

    public Button OpenButton(long id) => new(ButtonKind.Postback, texts.Plain("staff.case.btn.open"), StaffPostback.OpenCase(id));

    public static string When(long ms)
    {
        var at = Clock.FromMs(ms);
        return ComplaintService.FormatDate(at) + " " + Calendar.BangkokTime.ToLocal(at).ToString("HH:mm") + " น.";
    }

    public static bool IsOverdue(Complaint c, DateTimeOffset now) => IsOpen(c) && c.StageDue < now.ToUnixTimeMilliseconds();

    private static bool IsOpen(Complaint c) => ComplaintStage.IsOpen(c.Stage);

    private List<Button> Actions(Complaint c)
    {
        var buttons = ComplaintStage.Allowed(c.Stage)
            .Select(s => new Button(ButtonKind.Postback, MoveLabel(s), StaffPostback.Move(c.Id, s))).ToList();
        if (!c.Anonymous) buttons.Add(new Button(ButtonKind.Postback, texts.Plain("staff.case.btn.identity"), StaffPostback.ShowIdentity(c.Id)));
        if (IsOpen(c)) buttons.Add(new Button(ButtonKind.Postback, texts.Plain("staff.case.btn.public_note"), StaffPostback.PublicNote(c.Id)));
        buttons.Add(ListButton());
        return buttons;
    }

    private static FlexBubble Bubble(FlexMessage card) => (FlexBubble)card.Contents;

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
