using System.Globalization;

namespace ItaBot.Line.Messaging;

/// <summary>FACTS §5: per-action limits; labels and texts shown to users count graphemes, data counts UTF-16 units.</summary>
internal static class ActionValidator
{
    private static readonly string[] UriSchemes = ["http", "https", "line", "tel"];
    private static readonly string[] InputOptions = ["closeRichMenu", "openRichMenu", "openKeyboard", "openVoice"];

    public static void Validate(Problems problems, string path, LineAction? action, ActionPlace place)
    {
        if (action is null)
        {
            problems.Add(path, "required");
            return;
        }
        ValidateLabel(problems, path + ".label", action, place);
        switch (action)
        {
            case PostbackAction p: Postback(problems, path, p); break;
            case MessageAction m:
                problems.Required(path + ".text", m.Text);
                problems.MaxGraphemes(path + ".text", m.Text, 300);
                break;
            case UriAction u: Uri(problems, path + ".uri", u.Uri); break;
            case DatetimePickerAction d: DatetimePicker(problems, path, d); break;
            case ClipboardAction c:
                problems.Required(path + ".clipboardText", c.ClipboardText);
                problems.MaxUnits(path + ".clipboardText", c.ClipboardText, 1000);
                break;
            case CameraAction or CameraRollAction or LocationAction when place != ActionPlace.QuickReply:
                problems.Add(path, "camera, cameraRoll and location actions are allowed only in quick replies");
                break;
        }
    }

    private static void ValidateLabel(Problems problems, string path, LineAction action, ActionPlace place)
    {
        var required = place is ActionPlace.QuickReply or ActionPlace.Template or ActionPlace.FlexButton;
        if (required) problems.Required(path, action.Label);
        problems.MaxGraphemes(path, action.Label, place is ActionPlace.FlexButton or ActionPlace.FlexOther ? 40 : 20);
    }

    private static void Postback(Problems problems, string path, PostbackAction p)
    {
        problems.Required(path + ".data", p.Data);
        problems.MaxUnits(path + ".data", p.Data, 300);
        problems.MaxGraphemes(path + ".displayText", p.DisplayText, 300);
        problems.MaxGraphemes(path + ".fillInText", p.FillInText, 300);
        if (p.InputOption is not null && !InputOptions.Contains(p.InputOption))
            problems.Add(path + ".inputOption", "must be closeRichMenu, openRichMenu, openKeyboard or openVoice");
        if (p.FillInText is not null && p.InputOption != "openKeyboard")
            problems.Add(path + ".fillInText", "only allowed with inputOption openKeyboard");
    }

    private static void Uri(Problems problems, string path, string? uri)
    {
        problems.Required(path, uri);
        problems.MaxUnits(path, uri, 1000);
        if (string.IsNullOrEmpty(uri)) return;
        var colon = uri.IndexOf(':');
        var scheme = colon > 0 ? uri[..colon] : "";
        if (!UriSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase))
            problems.Add(path, "scheme must be http, https, line or tel");
    }

    private static void DatetimePicker(Problems problems, string path, DatetimePickerAction d)
    {
        problems.Required(path + ".data", d.Data);
        problems.MaxUnits(path + ".data", d.Data, 300);
        if (PickerFormat(d.Mode) is not { } format)
        {
            problems.Add(path + ".mode", "must be date, time or datetime");
            return;
        }
        var initial = PickerValue(problems, path + ".initial", d.Initial, format);
        var min = PickerValue(problems, path + ".min", d.Min, format);
        var max = PickerValue(problems, path + ".max", d.Max, format);
        if (min is not null && max is not null && max <= min) problems.Add(path + ".max", "must be later than min");
        if (initial is not null && ((min is not null && initial < min) || (max is not null && initial > max)))
            problems.Add(path + ".initial", "must lie between min and max");
    }

    private static string? PickerFormat(string? mode) => mode switch
    {
        "date" => "yyyy-MM-dd",
        "time" => "HH:mm",
        "datetime" => "yyyy-MM-dd'T'HH:mm",
        _ => null,
    };

    private static DateTime? PickerValue(Problems problems, string path, string? value, string format)
    {
        if (value is null) return null;
        // LINE accepts a lower-case 't' separator as well.
        var normalised = value.Length > 10 && value[10] == 't' ? string.Concat(value.AsSpan(0, 10), "T", value.AsSpan(11)) : value;
        if (!DateTime.TryParseExact(normalised, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            problems.Add(path, $"must match {format}");
            return null;
        }
        if (format != "HH:mm" && (parsed.Year < 1900 || parsed.Year > 2100))
            problems.Add(path, "must be between 1900 and 2100");
        return parsed;
    }
}
