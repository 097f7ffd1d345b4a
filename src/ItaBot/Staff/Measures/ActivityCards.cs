using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Measures;
using ItaBot.Measures.Import;
using ItaBot.Line.Messaging;

namespace ItaBot.Staff.Measures;

/// <summary>The Flex bubbles of งานของฉัน: one per activity, coloured by its state, with a button to open it.</summary>
public sealed class ActivityCards(Texts texts, LineRenderer renderer, ActivityLabels labels)
{
    public const int PageSize = 12;

    public FlexMessage Carousel(IReadOnlyList<ActivityView> views, string altText) =>
        new(ActivityLabels.Clip(altText, 400), new FlexCarousel(views.Select(Bubble).ToList()));

    public FlexBubble Bubble(ActivityView view)
    {
        var a = view.Activity;
        var open = new Button(ButtonKind.Postback, texts.Plain("activity.btn.open"), StaffPostback.Activity(a.Id));
        return new FlexBubble
        {
            Size = "kilo",
            Header = new FlexBox("vertical", [
                new FlexText(ActivityLabels.Clip($"{view.Measure.Code}. {view.Measure.Title}", 120), size: "xs", color: "#FFFFFF")
                    { MaxLines = 3 },
            ], paddingAll: "12px", backgroundColor: Colour(view.State)),
            Body = new FlexBox("vertical", [
                new FlexText(ActivityLabels.Clip($"{a.Code} {a.Title}", 300), size: "sm", weight: "bold") { MaxLines = 5 },
                Row(labels.Field("period"), labels.Period(view)),
                Row(labels.Field("status"), labels.StatusLine(view)),
            ], spacing: "sm"),
            Footer = new FlexBox("vertical", [new FlexButton(renderer.Action(open), style: "primary", height: "sm")]),
        };
    }

    /// <summary>Everything about one activity, shown before the update questions.</summary>
    public FlexMessage Details(ActivityView view, int photos, int links)
    {
        var a = view.Activity;
        var rows = new List<(string, string)>
        {
            (labels.Field("measure"), $"{view.Measure.Code}. {view.Measure.Title}"),
            (labels.Field("step"), $"{a.Code} {a.Title}"),
            (labels.Field("period"), labels.Period(view)),
            (labels.Field("units"), string.Join(", ", view.Units)),
            (labels.Field("status"), labels.StatusLine(view)),
        };
        if ((a.Indicator ?? view.Measure.Indicator) is { } indicator) rows.Add((labels.Field("indicator"), indicator));
        rows.Add((labels.Field("result"), a.Result ?? "-"));
        rows.Add((labels.Field("outcome"), a.Outcome ?? "-"));
        rows.Add((labels.Field("evidence"), texts.Plain("activity.evidence_line",
            Texts.Values(("photos", ActivityLabels.Number(photos)), ("links", ActivityLabels.Number(links))))));
        return renderer.Card(ActivityLabels.Clip($"{labels.Field("step")} {a.Code}: {labels.Status(view.State)}", 100), rows, []);
    }

    private static FlexBox Row(string label, string value) => new("vertical", [
        new FlexText(label, size: "xxs", color: "#888888"),
        new FlexText(value, size: "sm") { MaxLines = 3 },
    ], margin: "md");

    private static string Colour(string state) => state switch
    {
        ActivityStates.Overdue => "#B3261E",
        ActivityStatuses.Done => "#2E7D32",
        ActivityStatuses.InProgress => "#1E5AA8",
        _ => "#5F6368",
    };
}
