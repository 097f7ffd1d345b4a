namespace ItaBot.Dialogs;

/// <summary>LINE limits the flows are held to (see shared/line/FACTS.md).</summary>
internal static class Limits
{
    public const int LabelGraphemes = 20;
    public const int QuickReplies = 13;
    public const int MessagesPerReply = 5;

    /// <summary>One notice may come before a chain of message steps and the next prompt.</summary>
    public const int MessageChain = MessagesPerReply - 2;
}
