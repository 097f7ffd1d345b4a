using System.Text.Json.Nodes;
using ItaBot.Line.Messaging;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.EndToEnd;

/// <summary>Checks what the bot sent against LINE's documented limits, from the wire JSON the stand-in received.</summary>
public static class SentMessages
{
    public static void AssertAllAcceptedByLine(this TestBot bot, params string[] chats)
    {
        var checkedMessages = 0;
        foreach (var chat in chats)
        {
            foreach (var delivered in bot.Line.MessagesTo(chat))
            {
                var messages = LineJson.DeserializeMessages(new JsonArray(delivered.Message.DeepClone()).ToJsonString());
                var problems = MessageValidator.Validate(messages);
                Assert.True(problems.Count == 0, $"{delivered.Type} to {chat}: {string.Join("; ", problems)}");
                checkedMessages++;
            }
        }
        Assert.True(checkedMessages > 0, "no message was sent at all");
        var refused = bot.Line.Calls.Where(c => c.Status == 400).ToList();
        Assert.True(refused.Count == 0, "LINE refused: " + string.Join(", ", refused.Select(c => $"{c.Method} {c.Path}")));
    }
}
