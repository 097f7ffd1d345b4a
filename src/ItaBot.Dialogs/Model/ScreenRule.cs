namespace ItaBot.Dialogs;

/// <summary>
/// Steers a text answer that looks like a corruption report out of the feedback channel,
/// because ITA requires feedback and corruption complaints to be separate channels.
/// </summary>
public sealed record ScreenRule(
    IReadOnlyList<string> Keywords,
    string Ask,
    string YesLabel,
    string NoLabel,
    string ToFlow,
    string CarryTo,
    string Declined)
{
    public bool Matches(string text) =>
        Keywords.Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase));
}
