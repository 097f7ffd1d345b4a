namespace ItaBot.Dialogs;

/// <summary>Postback data the engine owns: <c>d|version|step|value</c>, plus <c>d|resume</c> from the host's menu.</summary>
public static class Postback
{
    public const string Prefix = "d|";
    public const string Resume = "d|resume";
    public const int MaxLength = 300;

    public const string Cancel = "!cancel";
    public const string Back = "!back";
    public const string Skip = "!skip";
    public const string Done = "!done";
    public const string Unsure = "!unsure";
    public const string Date = "!date";
    public const string Submit = "!submit";
    public const string Edit = "!edit";
    public const string EditField = "!edit:";
    public const string Yes = "!yes";
    public const string No = "!no";
    public const string ScreenYes = "!screen_yes";
    public const string ScreenNo = "!screen_no";
    /// <summary>After a long pause: go on where the person was (ทำต่อ), or start the same flow afresh (เริ่มใหม่).</summary>
    public const string Continue = "!continue";
    public const string Restart = "!restart";
    /// <summary>เริ่มใหม่ confirmed: the answers so far are thrown away.</summary>
    public const string RestartConfirmed = "!restart_yes";

    public static string For(string version, string stepId, string value) => $"{Prefix}{version}|{stepId}|{value}";

    public static bool TryParse(string data, out string version, out string stepId, out string value)
    {
        version = stepId = value = "";
        if (!data.StartsWith(Prefix, StringComparison.Ordinal))
            return false;
        var parts = data[Prefix.Length..].Split('|', 3);
        if (parts.Length != 3)
            return false;
        (version, stepId, value) = (parts[0], parts[1], parts[2]);
        return true;
    }
}
