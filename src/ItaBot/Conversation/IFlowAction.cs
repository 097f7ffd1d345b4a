using ItaBot.Dialogs;
using ItaBot.Inbox;
using ItaBot.Line.Messaging;

namespace ItaBot.Conversation;

/// <summary>
/// What a finished flow's `end: action:` does, for actions beyond the citizen ones (e.g. staff flows that ask for a
/// note). An action must re-check the sender's rights itself: a flow's slots came from the person, not from us.
/// </summary>
public interface IFlowAction
{
    string Action { get; }

    Task<IReadOnlyList<Message>> RunAsync(Turn turn, FlowCompletion completion, CancellationToken ct);
}
