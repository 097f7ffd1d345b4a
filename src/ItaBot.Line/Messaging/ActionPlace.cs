namespace ItaBot.Line.Messaging;

/// <summary>Where an action sits decides its label limit and which action types LINE accepts there.</summary>
internal enum ActionPlace
{
    QuickReply,
    Template,
    FlexButton,
    FlexOther,
}
