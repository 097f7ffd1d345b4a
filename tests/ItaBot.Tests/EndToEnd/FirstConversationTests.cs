using System.Net;
using ItaBot.Conversation;
using ItaBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.EndToEnd;

public sealed class FirstConversationTests
{
    [Fact]
    public async Task A_new_friend_is_greeted_in_Thai_with_the_menu_as_buttons()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser("ยายสมศรี");
        var before = bot.Line.MessagesTo(user).Count;
        var delivery = await bot.Line.SendFollowAsync(user);
        var answers = await bot.AnswersAfterAsync(user, before);

        Assert.Equal(HttpStatusCode.OK, delivery.Status);
        Assert.Contains("สวัสดี", answers[0].Text);
        Assert.Equal(["ร้องเรียนการทุจริต", "แสดงความคิดเห็น", "ติดตามเรื่อง"], answers[^1].QuickReplyLabels);
        Assert.Equal("reply", answers[0].Via);
    }

    [Fact]
    public async Task Unknown_text_gets_a_short_help_with_the_menu()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();
        var answers = await bot.SayAsync(user, "สวัสดีจ้า");
        Assert.Contains("กรุณากดเลือก", answers[^1].Text);
        Assert.Contains("ติดตามเรื่อง", answers[^1].QuickReplyLabels);
    }

    [Theory]
    [InlineData("ยกเลิก")]
    [InlineData("ช่วยเหลือ")]
    [InlineData(" เมนู ")]
    public async Task Cancel_or_help_typed_outside_any_flow_is_answered_with_the_menu_not_an_apology(string word)
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();
        var texts = bot.Services.GetRequiredService<Texts>();

        var answers = await bot.SayAsync(user, word);

        Assert.Equal(texts.Plain("menu.prompt"), answers[^1].Text);
        Assert.Equal(["ร้องเรียนการทุจริต", "แสดงความคิดเห็น", "ติดตามเรื่อง"], answers[^1].QuickReplyLabels);
    }

    [Fact]
    public async Task A_forged_signature_is_refused_and_nothing_is_answered()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();
        var body = "{\"destination\":\"x\",\"events\":[]}"u8.ToArray();
        var forged = await bot.Line.PostRawAsync(body, "AAAA" + bot.Line.Sign(body)[4..]);
        var missing = await bot.Line.PostRawAsync(body, null);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.Status);
        Assert.Empty(bot.Line.MessagesTo(user));
    }
}
