using ItaBot.Configuration;
using ItaBot.Operations;
using ItaBot.Storage;
using Microsoft.Extensions.Options;

namespace ItaBot.Cli;

public sealed class BackupVerb : ICliVerb
{
    public string Name => "backup";
    public string Usage => "backup --out <file>          consistent online snapshot (VACUUM INTO), safe while the bot runs";

    public Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct)
    {
        var target = Path.GetFullPath(args.Required("out"));
        if (File.Exists(target)) throw new CliUsageException($"{target} already exists; a backup never overwrites a file");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var database = context.Services.GetRequiredService<Database>();
        // VACUUM INTO reads one consistent snapshot (a read transaction), so the bot keeps writing meanwhile.
        using (var connection = database.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "VACUUM INTO $target";
            command.Parameters.AddWithValue("$target", target);
            command.ExecuteNonQuery();
        }
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var report = context.Services.GetRequiredService<DatabaseCheck>().Run(target);
        context.Output.WriteLine($"backup written to {target} ({new FileInfo(target).Length / 1024} KB)");
        DatabaseCheck.Print(report, context.Output);
        var keyFile = Path.GetFullPath(context.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.KeyFile);
        context.Output.WriteLine($"REMEMBER: the backup is encrypted with the key ring ({keyFile}), which is NOT in it.");
        context.Output.WriteLine("Back the key ring up separately (another place); without it this backup cannot be read.");
        return Task.FromResult(report.Passed ? 0 : 1);
    }
}
