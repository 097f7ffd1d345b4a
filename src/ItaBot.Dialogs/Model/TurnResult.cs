namespace ItaBot.Dialogs;

/// <param name="State">Null when no flow is active any more.</param>
/// <param name="ShowMenu">The host should show the main menu (with a resume button when State is not null).</param>
public sealed record TurnResult(DialogState? State, IReadOnlyList<BotMessage> Messages, FlowCompletion? Completion, bool ShowMenu);

/// <summary>An end step was reached; the host performs Action and sends its own texts.</summary>
public sealed record FlowCompletion(string FlowId, string Action, IReadOnlyDictionary<string, SlotValue> Slots);
