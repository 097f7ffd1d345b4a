using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ItaBot.Audit;
using ItaBot.Privacy;
using ItaBot.Storage;

namespace ItaBot.Cli;

public sealed class PrivacyExportVerb : ICliVerb
{
    public string Name => "privacy export";
    public int PositionalWords => 1;
    public string Usage => "privacy export <lineUserId> [--out <file>]   everything linked to a LINE account, as JSON";

    public async Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct)
    {
        var lineUserId = LineUserIdArgument.From(args);
        var path = args.Option("out") is { Length: > 0 } given ? Path.GetFullPath(given) : null;
        // Checked before anything is read: the file it would replace may be another person's export.
        if (path is not null && (File.Exists(path) || Directory.Exists(path)))
        {
            context.Error.WriteLine($"{path} already exists; an export never overwrites a file. Nothing was written: choose another --out");
            return 1;
        }
        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var export = await scope.ServiceProvider.GetRequiredService<SubjectExport>().ExportAsync(db, lineUserId, now, ct);
        var json = export.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (path is not null)
        {
            await WriteNewPrivateFileAsync(path, json, ct);
            context.Output.WriteLine($"written to {path} (contains personal data: hand it over securely, then delete it)");
        }
        else context.Output.WriteLine(json);
        AuditLog.Add(db, now, "cli", "privacy.exported", "privacy-request");
        await db.SaveChangesAsync(ct);
        return 0;
    }

    /// <summary>
    /// Created readable by its owner only from the first byte (setting the mode afterwards leaves a moment in which
    /// others may open it), and never over an existing file, even one that appeared after the check.
    /// </summary>
    private static async Task WriteNewPrivateFileAsync(string path, string text, CancellationToken ct)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using var writer = new StreamWriter(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options);
        await writer.WriteAsync(text.AsMemory(), ct);
    }
}
