using ItaBot.Tests.Support;

namespace ItaBot.Tests.Cli;

/// <summary>
/// `keys init` is run before the bot ever starts, often in another folder than the bot's. It writes the key file and
/// nothing else: no database, not even the empty folder one would go in.
/// </summary>
public sealed class KeysInitTests
{
    [Fact]
    public async Task Keys_init_on_a_real_installation_writes_the_key_file_and_creates_no_database()
    {
        using var shell = NewInstallation();

        var (code, output, _) = await shell.RunAsync("keys", "init");

        Assert.Equal(0, code);
        Assert.Contains("key ring written to " + shell.KeyFile, output);
        Assert.True(File.Exists(shell.KeyFile));
        Assert.False(Directory.Exists(shell.Path("data")));
        Assert.Equal([shell.Path("keys")], Directory.GetFileSystemEntries(shell.Directory));
    }

    [Fact]
    public async Task Keys_init_with_out_writes_that_file_and_creates_no_database()
    {
        using var shell = NewInstallation();
        var elsewhere = shell.Path("usb", "itabot-keys.json");

        var (code, _, _) = await shell.RunAsync("keys", "init", "--out", elsewhere);

        Assert.Equal(0, code);
        Assert.True(File.Exists(elsewhere));
        Assert.Equal([shell.Path("usb")], Directory.GetFileSystemEntries(shell.Directory));
    }

    [Fact]
    public async Task Keys_init_run_a_second_time_refuses_and_leaves_the_first_key_ring_as_it_was()
    {
        using var shell = NewInstallation();
        await shell.RunAsync("keys", "init");
        var first = await File.ReadAllBytesAsync(shell.KeyFile);

        var (code, output, error) = await shell.RunAsync("keys", "init");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("already exists; an existing key ring is never overwritten", error);
        Assert.Equal(first, await File.ReadAllBytesAsync(shell.KeyFile));
        Assert.False(Directory.Exists(shell.Path("data")));
    }

    /// <summary>A production folder before the first start: "line" mode, the database where the default puts it, no keys yet.</summary>
    private static LocalDemo NewInstallation()
    {
        var shell = new LocalDemo();
        shell.Settings["Line:Mode"] = "line";
        shell.Settings["ConnectionStrings:ItaBot"] = "Data Source=" + shell.Path("data", "itabot.db");
        return shell;
    }
}
