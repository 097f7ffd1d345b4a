namespace ItaBot.Dialogs;

public sealed record ChoiceOption(string Label, string Value, string? Next);
