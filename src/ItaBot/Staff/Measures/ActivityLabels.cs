using System.Globalization;
using ItaBot.Calendar;
using ItaBot.Conversation;
using ItaBot.Measures;

namespace ItaBot.Staff.Measures;

/// <summary>How an activity's period, status and progress read in Thai, from the texts in texts.yaml.</summary>
public sealed class ActivityLabels(Texts texts)
{
    public string Status(string state) => texts.Plain(ActivityStates.TextKey(state));

    public string StatusLine(ActivityView view) => texts.Plain("activity.status_line",
        Texts.Values(("status", Status(view.State)), ("progress", Number(view.Activity.Progress))));

    public string Period(ActivityView view)
    {
        var a = view.Activity;
        if (!string.IsNullOrWhiteSpace(a.PeriodText)) return a.PeriodText;
        if (a.AllYear) return texts.Plain("activity.period.all_year");
        var from = ActivityTiming.ParseDate(a.PeriodFrom);
        var to = ActivityTiming.ParseDate(a.PeriodTo);
        return from is { } f && to is { } t
            ? ThaiDates.FormatShort(f) + " – " + ThaiDates.FormatShort(t)
            : texts.Plain("activity.period.none");
    }

    public string Field(string name) => texts.Plain("activity.field." + name);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
