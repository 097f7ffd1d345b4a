using System.Text.Json.Nodes;
using ItaBot.Tests.Reliability;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Privacy;

/// <summary>`privacy export --out`: a file of personal data, readable by its owner only, never written over another.</summary>
public sealed class PrivacyExportFileTests
{
    private static readonly string Person = "U" + new string('4', 32);

    [Fact]
    public async Task An_export_to_a_new_file_is_readable_only_by_its_owner_and_holds_the_export()
    {
        using var shell = new OperatorShell();
        var file = shell.Path("export.json");

        var (code, output, _) = await shell.RunAsync("privacy", "export", Person, "--out", file);

        Assert.Equal(0, code);
        Assert.Contains($"written to {file}", output);
        Assert.NotNull(JsonNode.Parse(await File.ReadAllTextAsync(file)));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(1, DatabaseProbe.Scalar(shell.Path("itabot.db"), "SELECT COUNT(*) FROM AuditEntries WHERE Action = 'privacy.exported'"));
    }

    [Fact]
    public async Task An_export_to_a_file_that_exists_is_refused_and_leaves_that_file_as_it_was()
    {
        using var shell = new OperatorShell();
        var file = shell.Path("somchai-export.json");
        await File.WriteAllTextAsync(file, "another person's export");

        var (code, output, error) = await shell.RunAsync("privacy", "export", Person, "--out", file);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains($"{file} already exists", error);
        Assert.Contains("Nothing was written", error);
        Assert.Equal("another person's export", await File.ReadAllTextAsync(file));
        Assert.Equal(0, DatabaseProbe.Scalar(shell.Path("itabot.db"), "SELECT COUNT(*) FROM AuditEntries WHERE Action = 'privacy.exported'"));
    }
}
