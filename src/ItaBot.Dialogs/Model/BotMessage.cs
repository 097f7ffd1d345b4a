namespace ItaBot.Dialogs;

public abstract record BotMessage;

public sealed record TextMessage(string Text, IReadOnlyList<Button> QuickReplies) : BotMessage;

/// <summary>Rendered by the host as a Flex bubble.</summary>
public sealed record CardMessage(string Title, IReadOnlyList<CardRow> Rows, IReadOnlyList<Button> Buttons) : BotMessage;

public sealed record CardRow(string Label, string Value);
