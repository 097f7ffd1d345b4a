using ItaBot.Conversation;
using ItaBot.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.Support;

/// <summary>The one staff refusal as the bot words it, for each "who may" of <see cref="StaffRefusal.Who"/>.</summary>
internal static class Refusals
{
    public static string Text(Texts texts, string who) =>
        texts.Plain(StaffRefusal.TextKey, Texts.Values(("who", texts.Plain(who))));

    public static string Text(TestBot bot, string who) => Text(bot.Services.GetRequiredService<Texts>(), who);

    public static IReadOnlySet<string> All(Texts texts) => StaffRefusal.Who.All.Select(w => Text(texts, w)).ToHashSet();
}
