namespace ItaBot.Dialogs;

/// <summary>A button value meant for the current step (decoded from postback data or a typed label).</summary>
internal sealed record Tapped(string Value, IReadOnlyDictionary<string, string>? Params) : UserInput;
