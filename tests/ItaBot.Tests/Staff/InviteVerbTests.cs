using ItaBot.Tests.Support;

namespace ItaBot.Tests.Staff;

public sealed class InviteVerbTests
{
    [Fact]
    public async Task A_lifetime_of_zero_or_a_typo_is_refused_instead_of_becoming_three_days()
    {
        await using var bot = await TestBot.StartAsync();

        var (zero, _, zeroError) = await bot.CliAsync("invite", "--role", "staff", "--unit", "กองคลัง", "--hours", "0");
        var (typo, _, _) = await bot.CliAsync("invite", "--role", "staff", "--unit", "กองคลัง", "--hours", "7two");
        var (day, output, _) = await bot.CliAsync("invite", "--role", "staff", "--unit", "กองคลัง", "--hours", "24");

        Assert.Equal(2, zero);
        Assert.Contains("--hours", zeroError);
        Assert.Equal(2, typo);
        Assert.Equal(0, day);
        Assert.Contains("valid for 24 h", output);
    }
}
