namespace ItaBot.Dialogs;

/// <summary>Keeps a turn within one LINE reply: at most five messages, quick replies only on the last.</summary>
internal static class MessageBudget
{
    public static IReadOnlyList<BotMessage> Fit(IReadOnlyList<BotMessage> messages)
    {
        var list = messages.ToList();
        for (var i = 0; list.Count > Limits.MessagesPerReply && i < list.Count - 1;)
        {
            if (list[i] is TextMessage a && list[i + 1] is TextMessage b)
            {
                list[i] = new TextMessage(a.Text + "\n\n" + b.Text, b.QuickReplies);
                list.RemoveAt(i + 1);
            }
            else
                i++;
        }
        return list.Select((m, i) => i < list.Count - 1 && m is TextMessage { QuickReplies.Count: > 0 } t ? t with { QuickReplies = [] } : m).ToList();
    }
}
