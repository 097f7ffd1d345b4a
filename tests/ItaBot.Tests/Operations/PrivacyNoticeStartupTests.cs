using ItaBot.Hosting;
using ItaBot.LineEmulator;
using ItaBot.Tests.EndToEnd;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Operations;

/// <summary>
/// Organisation:PrivacyNoticeUrl is the PDPA notice every complainant is sent to. On a real LINE channel the shipped
/// example address must not reach citizens; the local demo keeps it.
/// </summary>
public sealed class PrivacyNoticeStartupTests
{
    private const string OwnNotice = "https://www.nonghuarat.go.th/privacy";

    [Theory]
    [InlineData("https://example.go.th/privacy")]
    [InlineData("https://www.example.go.th/privacy")]
    [InlineData("https://example.com/privacy")]
    [InlineData("https://EXAMPLE.org/pdpa")]
    [InlineData("https://privacy.test/notice")]
    [InlineData("http://www.nonghuarat.go.th/privacy")]
    [InlineData("www.nonghuarat.go.th/privacy")]
    [InlineData("/privacy")]
    [InlineData("")]
    [InlineData("  ")]
    public async Task A_real_LINE_channel_refuses_to_start_with_an_example_an_empty_or_a_non_https_notice(string url)
    {
        var refused = await Assert.ThrowsAsync<StartupException>(() => TestBot.StartAsync(s => s["Organisation:PrivacyNoticeUrl"] = url));

        Assert.StartsWith("Organisation:PrivacyNoticeUrl ", refused.Message);
        Assert.Contains("privacy notice", refused.Message);
        Assert.DoesNotContain("\n", refused.Message);
    }

    [Fact]
    public async Task A_real_LINE_channel_left_with_the_shipped_default_refuses_to_start_and_says_it_is_an_example()
    {
        var refused = await Assert.ThrowsAsync<StartupException>(() => TestBot.StartAsync(s => s.Remove("Organisation:PrivacyNoticeUrl")));

        Assert.StartsWith("Organisation:PrivacyNoticeUrl 'https://example.go.th/privacy' is still an example address", refused.Message);
    }

    [Fact]
    public async Task A_complainant_on_a_real_LINE_channel_is_sent_to_the_organisation_s_own_notice()
    {
        await using var bot = await TestBot.StartAsync(s => s["Organisation:PrivacyNoticeUrl"] = OwnNotice);
        var citizen = await Citizen.AddAsync(bot);

        var notice = (await citizen.TapAsync("ร้องเรียนการทุจริต"))[0].Text!;

        Assert.EndsWith("อ่านฉบับเต็ม: " + OwnNotice, notice);
    }

    [Fact]
    public async Task The_local_demo_still_starts_with_the_example_notice_and_shows_it()
    {
        using var demo = new LocalDemo();
        await using var host = await demo.StartBotAsync();
        var line = host.Emulator!;
        var user = line.AddUser();
        await line.SendFollowAsync(user);
        var menu = await line.WaitForMessagesAsync(user, 1, TimeSpan.FromSeconds(15));

        var notice = await TapAsync(line, user, "ร้องเรียนการทุจริต");

        Assert.NotEmpty(menu);
        Assert.EndsWith("อ่านฉบับเต็ม: https://example.go.th/privacy", notice);
    }

    [Theory]
    [InlineData(OwnNotice)]
    [InlineData("https://www.sao-nongbua.go.th/pdpa/notice.pdf")]
    public void An_organisation_s_own_https_address_is_accepted(string url)
    {
        Assert.Null(PrivacyNoticeCheck.Problem(url));
    }

    private static async Task<string> TapAsync(LineEmulatorServer line, string user, string label)
    {
        var before = line.MessagesTo(user).Count;
        var button = line.MessagesTo(user).Reverse().SelectMany(m => m.Buttons).First(b => b.Label == label);
        if (button.Type == "postback") await line.SendPostbackAsync(user, button.Data!);
        else await line.SendTextAsync(user, button.Data ?? label);
        return (await line.WaitForMessagesAsync(user, before + 1, TimeSpan.FromSeconds(15)))[before].Text!;
    }
}
