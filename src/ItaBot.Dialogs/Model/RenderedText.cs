namespace ItaBot.Dialogs;

public sealed record RenderedText(string Text, IReadOnlyList<Button> Buttons);
