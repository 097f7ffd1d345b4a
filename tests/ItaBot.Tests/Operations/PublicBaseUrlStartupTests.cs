using ItaBot.Hosting;
using ItaBot.Tests.Measures;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Operations;

/// <summary>
/// Organisation:PublicBaseUrl is where the report download links sent to admins point. On a real LINE channel a set
/// address must be the bot's own https one, by the same example-host rule as the privacy notice; left empty, the bot
/// starts and sends no links. The local demo may use its own http address.
/// </summary>
public sealed class PublicBaseUrlStartupTests
{
    [Theory]
    [InlineData("https://itabot.example.go.th")]
    [InlineData("https://example.com")]
    [InlineData("https://ITABOT.EXAMPLE.ORG/")]
    [InlineData("https://itabot.test")]
    [InlineData("https://localhost:5080")]
    [InlineData("http://itabot.nonghuarat.go.th")]
    [InlineData("itabot.nonghuarat.go.th")]
    [InlineData("/reports")]
    [InlineData("https://itabot.<your-organisation>.go.th")]
    public async Task A_real_LINE_channel_refuses_to_start_with_an_example_or_a_non_https_public_address(string url)
    {
        var refused = await Assert.ThrowsAsync<StartupException>(() => TestBot.StartAsync(s => s["Organisation:PublicBaseUrl"] = url));

        Assert.StartsWith($"Organisation:PublicBaseUrl '{url}' is ", refused.Message);
        Assert.Contains("download links", refused.Message);
        Assert.Contains("leave it empty", refused.Message);
        Assert.DoesNotContain("\n", refused.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task A_real_LINE_channel_with_no_public_address_starts_and_tells_an_admin_that_links_are_off(string url)
    {
        await using var bot = await TestBot.StartAsync(s => s["Organisation:PublicBaseUrl"] = url,
            time: new ManualClock(new DateTimeOffset(2025, 6, 15, 3, 0, 0, TimeSpan.Zero)));
        var admin = await StaffSetup.EnrollAsync(bot, "admin", "สำนักปลัด");

        await bot.SayAsync(admin, "รายงาน");
        var answer = (await bot.TapAsync(admin, "ร้องเรียน ปี 2568"))[^1].Text!;

        Assert.Contains("ยังไม่ได้ตั้งค่าที่อยู่เว็บของระบบ (Organisation:PublicBaseUrl)", answer);
        Assert.DoesNotContain("/reports/", answer);
    }

    [Fact]
    public async Task The_local_demo_may_give_its_own_http_address()
    {
        using var demo = new LocalDemo();
        demo.Settings["Organisation:PublicBaseUrl"] = "http://127.0.0.1:5080";

        await using var host = await demo.StartBotAsync();

        Assert.NotNull(host.Emulator);
    }

    [Theory]
    [InlineData("https://itabot.nonghuarat.go.th")]
    [InlineData("https://www.sao-nongbua.go.th/itabot/")]
    [InlineData(null)]
    public void The_organisation_s_own_https_address_or_none_is_accepted(string? url)
    {
        Assert.Null(PublicBaseUrlCheck.Problem(url));
    }

    [Theory]
    [InlineData("https://www.example.go.th/privacy")]
    [InlineData("https://notice.example.net/")]
    [InlineData("https://privacy.invalid/")]
    public void Both_organisation_addresses_refuse_the_same_example_hosts(string url)
    {
        Assert.Contains("is still an example address", PrivacyNoticeCheck.Problem(url));
        Assert.Contains("is still an example address", PublicBaseUrlCheck.Problem(url));
    }
}
