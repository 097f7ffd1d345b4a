using ItaBot.Tests.Reliability;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Cli;

/// <summary>
/// Only `keys init` makes a key ring from the command line. Any other verb run with a key path that is wrong (a typo,
/// a shell without the production settings) stops and says where it looked, leaving no new keys or database behind.
/// </summary>
public sealed class MissingKeyFileTests
{
    public static TheoryData<string[]> Verbs => new()
    {
        new[] { "invite", "--role", "staff", "--unit", "กองคลัง" },
        new[] { "staff", "list" },
        new[] { "migrate" },
        new[] { "purge" },
        new[] { "keys", "rotate" },
        new[] { "backup", "--out", "backup.db" },
        new[] { "restore", "--from", "backup.db" },
        new[] { "privacy", "export", "U" + new string('a', 32) },
        new[] { "report", "complaints", "--fiscal-year", "2569", "--out", "statistics.csv" },
        new[] { "outbox", "failed" },
    };

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task A_verb_in_the_local_demo_with_a_mistyped_key_path_fails_and_creates_neither_keys_nor_a_database(string[] verb)
    {
        using var demo = new LocalDemo();
        var mistyped = demo.Path("keys", "itabot-key.json");
        demo.Settings["Security:KeyFile"] = mistyped;
        var args = verb.Select(a => a.EndsWith(".db") || a.EndsWith(".csv") ? demo.Path(a) : a).ToArray();

        var (code, output, error) = await demo.RunAsync(args);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith($"error: the key file was not found at {mistyped}", error);
        Assert.Contains($"keys init --out {mistyped}", error);
        Assert.False(File.Exists(mistyped));
        Assert.False(File.Exists(demo.Path("itabot.db")));
        Assert.False(File.Exists(demo.Path("backup.db")));
    }

    [Fact]
    public async Task Keys_init_still_creates_the_key_ring_after_which_the_other_verbs_work()
    {
        using var demo = new LocalDemo();

        var (init, _, _) = await demo.RunAsync("keys", "init");
        var (invite, invited, _) = await demo.RunAsync("invite", "--role", "staff", "--unit", "กองคลัง");

        Assert.Equal(0, init);
        Assert.True(File.Exists(demo.KeyFile));
        Assert.Equal(0, invite);
        Assert.Equal(1, DatabaseProbe.Scalar(demo.Path("itabot.db"), "SELECT COUNT(*) FROM StaffMembers"));
        Assert.Contains("ลงทะเบียน", invited);
    }

    [Fact]
    public async Task The_README_walk_through_an_invite_from_a_second_terminal_after_the_demo_ran_once_works()
    {
        using var demo = new LocalDemo();
        var (tooEarly, _, tooEarlyError) = await demo.RunAsync("invite", "--role", "officer", "--unit", "งานนิติการ");
        await using (await demo.StartBotAsync())
        {
            var (code, invited, _) = await demo.RunAsync("invite", "--role", "officer", "--unit", "งานนิติการ");

            Assert.Equal(0, code);
            Assert.Contains("ลงทะเบียน", invited);
        }

        Assert.Equal(1, tooEarly);
        Assert.Contains("started once without a command", tooEarlyError);
        Assert.True(File.Exists(demo.KeyFile));
    }
}
