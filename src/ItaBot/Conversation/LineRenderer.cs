using ItaBot.Calendar;
using ItaBot.Dialogs;
using ItaBot.Line.Messaging;
using DialogText = ItaBot.Dialogs.TextMessage;
using LineTextMessage = ItaBot.Line.Messaging.TextMessage;

namespace ItaBot.Conversation;

/// <summary>Turns the dialog engine's plain messages into LINE messages: quick replies, Flex cards, pickers.</summary>
public sealed class LineRenderer(TimeProvider time)
{
    public List<Message> Render(IEnumerable<BotMessage> messages) => messages.Select(Render).ToList();

    public Message Render(BotMessage message) => message switch
    {
        DialogText t => Text(t.Text, t.QuickReplies),
        CardMessage c => Card(c.Title, c.Rows.Select(r => (r.Label, r.Value)).ToList(), c.Buttons),
        _ => throw new ArgumentOutOfRangeException(nameof(message), message.GetType().Name, "unknown dialog message"),
    };

    public LineTextMessage Text(string text, IReadOnlyList<Button>? quickReplies = null)
    {
        var message = new LineTextMessage(text);
        if (quickReplies is { Count: > 0 })
            message.QuickReply = new QuickReply { Items = quickReplies.Select(b => new QuickReplyItem(Action(b))).ToList() };
        return message;
    }

    /// <summary>A Flex bubble: title, label/value rows, and buttons underneath (quick replies can be added after).</summary>
    public FlexMessage Card(string title, IReadOnlyList<(string Label, string Value)> rows, IReadOnlyList<Button> buttons,
        string? subtitle = null)
    {
        var body = new List<FlexComponent>();
        if (subtitle is not null) body.Add(new FlexText(subtitle, size: "sm", color: "#666666"));
        foreach (var (label, value) in rows)
        {
            body.Add(new FlexBox("vertical", [
                new FlexText(label, size: "sm", color: "#888888"),
                new FlexText(string.IsNullOrWhiteSpace(value) ? "-" : Clip(value, 400), size: "md"),
            ], margin: "md"));
        }
        if (body.Count == 0) body.Add(new FlexText(" ", size: "sm"));
        var bubble = new FlexBubble
        {
            Header = new FlexBox("vertical", [new FlexText(title, size: "lg", weight: "bold", color: "#FFFFFF")],
                paddingAll: "16px", backgroundColor: "#1E5AA8"),
            Body = new FlexBox("vertical", body, spacing: "sm"),
            Footer = buttons.Count == 0 ? null : new FlexBox("vertical",
                buttons.Select((b, i) => (FlexComponent)new FlexButton(Action(b), style: i == 0 ? "primary" : "secondary", height: "sm")
                { Margin = "sm" }).ToList(), spacing: "sm"),
        };
        return new FlexMessage(Clip(title + ": " + string.Join(" / ", rows.Select(r => r.Label)), 400), bubble);
    }

    public LineAction Action(Button button) => button.Kind switch
    {
        ButtonKind.Postback => new PostbackAction(button.Label, button.Data ?? button.Label, button.Label),
        ButtonKind.Camera => new CameraAction(button.Label),
        ButtonKind.CameraRoll => new CameraRollAction(button.Label),
        ButtonKind.Location => new LocationAction(button.Label),
        ButtonKind.DatePicker => new DatetimePickerAction(button.Label, button.Data ?? "", "date", max: Today()),
        _ => throw new ArgumentOutOfRangeException(nameof(button), button.Kind, "unknown button kind"),
    };

    /// <summary>LINE's picker has no time zone, so "today" must be Bangkok's today, not the server's.</summary>
    private string Today() => BangkokTime.Today(time).ToString("yyyy-MM-dd");

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

}
