namespace ItaBot.Dialogs;

public sealed record TextEntry(string Key, IReadOnlyList<string> Slots, string Text, IReadOnlyList<Button> Buttons);
