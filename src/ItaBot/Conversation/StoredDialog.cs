using ItaBot.Dialogs;

namespace ItaBot.Conversation;

/// <summary>What a chat has stored: a draft, nothing, or the mark the retention purge left where it deleted a draft.</summary>
public sealed record StoredDialog(DialogState? State, bool Removed)
{
    public static readonly StoredDialog None = new(null, false);
    public static readonly StoredDialog RemovedByPurge = new(null, true);
}
