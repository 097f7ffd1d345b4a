using System.Text.Encodings.Web;
using System.Text.Json;
using ItaBot.Audit;
using ItaBot.Privacy;
using ItaBot.Storage;

namespace ItaBot.Cli;

public sealed class PrivacyExportVerb : ICliVerb
{
    public string Name => "privacy export";
    public string Usage => "privacy export <lineUserId> [--out <file>]   everything linked to a LINE account, as JSON";

    public async Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct)
    {
        var lineUserId = LineUserIdArgument.From(args);
        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var export = await scope.ServiceProvider.GetRequiredService<SubjectExport>().ExportAsync(db, lineUserId, now, ct);
        var json = export.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (args.Option("out") is { Length: > 0 } path)
        {
            await File.WriteAllTextAsync(path, json, ct);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            context.Output.WriteLine($"written to {path} (contains personal data: hand it over securely, then delete it)");
        }
        else context.Output.WriteLine(json);
        AuditLog.Add(db, now, "cli", "privacy.exported", "privacy-request");
        await db.SaveChangesAsync(ct);
        return 0;
    }
}
