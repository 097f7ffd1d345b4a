using ItaBot.Cli;
using ItaBot.Tests.Reliability;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Cli;

/// <summary>What an operator gets for a slip at the shell: a plain message and a non-zero exit code, never a stack trace.</summary>
public sealed class CommandLineMistakesTests
{
    [Fact]
    public async Task A_mistyped_command_is_refused_with_the_list_of_commands_instead_of_starting_the_bot()
    {
        var (code, _, error) = await Run("invte", "--role", "staff");

        Assert.True(CommandLine.IsCommand(["invte", "--role", "staff"]));
        Assert.Equal(2, code);
        Assert.Contains("Unknown command 'invte'", error);
        Assert.Contains("invite --role admin|officer|staff", error);
    }

    [Fact]
    public void Settings_given_on_the_command_line_still_start_the_bot()
    {
        Assert.False(CommandLine.IsCommand([]));
        Assert.False(CommandLine.IsCommand(["--urls", "http://127.0.0.1:5090"]));
        Assert.False(CommandLine.IsCommand(["Line:Mode=local"]));
        Assert.False(CommandLine.IsCommand(["/urls", "http://127.0.0.1:5090"]));
    }

    [Fact]
    public async Task Help_lists_every_command_and_succeeds()
    {
        var (code, output, _) = await Run("--help");

        Assert.Equal(0, code);
        Assert.All(CommandLine.Verbs, v => Assert.Contains(v.Usage, output));
    }

    [Fact]
    public async Task A_command_missing_its_second_word_says_it_is_incomplete()
    {
        var (code, _, error) = await Run("report");

        Assert.Equal(2, code);
        Assert.Contains("'report' is not a complete command", error);
    }

    [Fact]
    public async Task An_option_typed_without_its_value_is_refused_instead_of_taking_its_default()
    {
        using var shell = new OperatorShell();

        var (invite, _, inviteError) = await shell.RunAsync("invite", "--role", "staff", "--unit", "กองคลัง", "--hours");
        var (outbox, _, outboxError) = await shell.RunAsync("outbox", "failed", "--days");

        Assert.Equal(2, invite);
        Assert.Contains("--hours needs a value", inviteError);
        Assert.Equal(2, outbox);
        Assert.Contains("--days needs a value", outboxError);
        Assert.Equal(0, DatabaseProbe.Scalar(shell.Path("itabot.db"), "SELECT COUNT(*) FROM StaffMembers"));
    }

    [Fact]
    public async Task A_window_of_days_that_is_not_a_positive_whole_number_is_refused_instead_of_becoming_a_week()
    {
        using var shell = new OperatorShell();

        var (word, _, wordError) = await shell.RunAsync("outbox", "failed", "--days", "abc");
        var (negative, _, _) = await shell.RunAsync("outbox", "failed", "--days", "-3");
        var (month, output, _) = await shell.RunAsync("outbox", "failed", "--days", "30");

        Assert.Equal(2, word);
        Assert.Contains("--days must be a whole number", wordError);
        Assert.Equal(2, negative);
        Assert.Equal(0, month);
        Assert.Contains("in the last 30 day(s)", output);
    }

    [Theory]
    [InlineData("extra", "purge", "extra")]
    [InlineData("now", "migrate", "now")]
    [InlineData("all", "staff", "list", "all")]
    [InlineData("2569", "report", "complaints", "2569")]
    [InlineData("officer", "invite", "officer", "--role", "staff", "--unit", "กองคลัง")]
    public async Task A_word_a_command_does_not_take_is_a_usage_error_naming_it_instead_of_being_ignored(string unexpected, params string[] args)
    {
        using var shell = new OperatorShell();

        var (code, output, error) = await shell.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith($"unexpected word '{unexpected}'", error);
        Assert.Contains("usage: " + args[0], error);
        Assert.False(File.Exists(shell.Path("itabot.db")));
    }

    [Fact]
    public async Task A_second_id_after_staff_revoke_is_refused_and_revokes_nobody_while_one_id_still_works()
    {
        using var shell = new OperatorShell();
        var (_, invited, _) = await shell.RunAsync("invite", "--role", "staff", "--unit", "กองคลัง");
        var id = invited.Split('#')[1].Split(':')[0];

        var (twice, _, twiceError) = await shell.RunAsync("staff", "revoke", id, "7");
        var revokedByMistake = DatabaseProbe.Scalar(shell.Path("itabot.db"), "SELECT COUNT(*) FROM StaffMembers WHERE RevokedAt IS NOT NULL");
        var (once, _, _) = await shell.RunAsync("staff", "revoke", id);

        Assert.Equal(2, twice);
        Assert.StartsWith("unexpected word '7': this command takes 1 word(s)", twiceError);
        Assert.Equal(0, revokedByMistake);
        Assert.Equal(0, once);
        Assert.Equal(1, DatabaseProbe.Scalar(shell.Path("itabot.db"), "SELECT COUNT(*) FROM StaffMembers WHERE RevokedAt IS NOT NULL"));
    }

    [Fact]
    public async Task A_privacy_export_of_one_id_with_its_options_still_runs()
    {
        using var shell = new OperatorShell();
        var person = "U" + new string('b', 32);

        var (code, _, _) = await shell.RunAsync("privacy", "export", "--out", shell.Path("export.json"), person);
        var (extra, _, extraError) = await shell.RunAsync("privacy", "export", person, "please");

        Assert.Equal(0, code);
        Assert.True(File.Exists(shell.Path("export.json")));
        Assert.Equal(2, extra);
        Assert.StartsWith("unexpected word 'please'", extraError);
    }

    [Fact]
    public async Task An_unknown_role_or_a_blank_unit_is_a_usage_error_and_invites_nobody()
    {
        using var shell = new OperatorShell();

        var (code, _, error) = await shell.RunAsync("invite", "--role", "boss", "--unit", "กองคลัง");
        var (blank, _, blankError) = await shell.RunAsync("invite", "--role", "staff", "--unit", " ");

        Assert.Equal(2, code);
        Assert.Contains("--role must be admin, officer or staff, not 'boss'", error);
        Assert.DoesNotContain("(Parameter", error);
        Assert.Equal(2, blank);
        Assert.Contains("--unit needs a unit's name", blankError);
        Assert.Equal(0, DatabaseProbe.Scalar(shell.Path("itabot.db"), "SELECT COUNT(*) FROM StaffMembers"));
    }

    [Fact]
    public async Task Revoking_a_member_twice_keeps_the_first_revocation_and_audits_it_once()
    {
        using var shell = new OperatorShell();
        var (_, invited, _) = await shell.RunAsync("invite", "--role", "staff", "--unit", "กองคลัง");
        var id = invited.Split('#')[1].Split(':')[0];
        await shell.RunAsync("staff", "revoke", id);
        var firstRevokedAt = DatabaseProbe.Scalar(shell.Path("itabot.db"), $"SELECT RevokedAt FROM StaffMembers WHERE Id = {id}");

        var (code, output, _) = await shell.RunAsync("staff", "revoke", id);

        Assert.Equal(0, code);
        Assert.Contains($"staff #{id} was already revoked", output);
        Assert.Equal(firstRevokedAt, DatabaseProbe.Scalar(shell.Path("itabot.db"), $"SELECT RevokedAt FROM StaffMembers WHERE Id = {id}"));
        Assert.Equal(1, DatabaseProbe.Scalar(shell.Path("itabot.db"), "SELECT COUNT(*) FROM AuditEntries WHERE Action = 'staff.revoked'"));
    }

    [Fact]
    public async Task A_privacy_request_for_something_that_is_not_a_LINE_user_id_is_refused_and_not_recorded_as_done()
    {
        using var shell = new OperatorShell();

        var (export, exported, exportError) = await shell.RunAsync("privacy", "export", "somchai@example.com");
        var (erase, _, eraseError) = await shell.RunAsync("privacy", "erase", "U1234");

        Assert.Equal(2, export);
        Assert.Equal("", exported);
        Assert.Contains("is not a LINE user id", exportError);
        Assert.Equal(2, erase);
        Assert.Contains("is not a LINE user id", eraseError);
        Assert.Equal(0, DatabaseProbe.Scalar(shell.Path("itabot.db"), "SELECT COUNT(*) FROM AuditEntries WHERE Action = 'privacy.exported'"));
    }

    [Fact]
    public async Task A_report_that_cannot_be_written_is_an_error_message_not_a_stack_trace()
    {
        using var shell = new OperatorShell();
        var taken = shell.Path("statistics.csv");
        Directory.CreateDirectory(taken);

        var (code, _, error) = await shell.RunAsync("report", "complaints", "--fiscal-year", "2569", "--out", taken);

        Assert.Equal(1, code);
        Assert.StartsWith("error: ", error);
        Assert.Contains(taken, error);
    }

    [Fact]
    public async Task A_backup_to_a_place_SQLite_cannot_write_is_an_error_message_not_a_stack_trace()
    {
        using var shell = new OperatorShell();
        var folder = shell.Path("backups");
        Directory.CreateDirectory(folder);

        var (code, _, error) = await shell.RunAsync("backup", "--out", folder);

        Assert.Equal(1, code);
        Assert.StartsWith("error: ", error);
    }

    [Fact]
    public async Task Restoring_a_file_that_is_not_a_database_changes_nothing_and_says_so()
    {
        using var shell = new OperatorShell();
        await shell.RunAsync("invite", "--role", "staff", "--unit", "กองคลัง");
        var junk = shell.Path("notes.txt");
        await File.WriteAllTextAsync(junk, "this is not a backup");

        var (code, _, error) = await shell.RunAsync("restore", "--from", junk);
        var (folder, _, folderError) = await shell.RunAsync("restore", "--from", shell.Directory);

        Assert.Equal(1, code);
        Assert.Contains("is not an ItaBot backup", error);
        Assert.Contains("nothing was changed", error);
        Assert.Equal(1, DatabaseProbe.Scalar(shell.Path("itabot.db"), "SELECT COUNT(*) FROM StaffMembers"));
        Assert.Equal(2, folder);
        Assert.Contains("is a folder", folderError);
    }

    [Fact]
    public async Task A_measures_file_that_is_not_found_is_named_by_its_full_path_so_the_working_directory_shows()
    {
        using var shell = new OperatorShell();

        var (code, _, error) = await shell.RunAsync("measures", "import", Path.Combine("samples", "measures", "none.yaml"));

        Assert.Equal(1, code);
        Assert.Contains(Path.GetFullPath(Path.Combine("samples", "measures", "none.yaml")), error);
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
