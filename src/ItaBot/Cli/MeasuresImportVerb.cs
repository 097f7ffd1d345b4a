using ItaBot.Configuration;
using ItaBot.Measures;
using ItaBot.Measures.Import;
using ItaBot.Storage;
using Microsoft.Extensions.Options;

namespace ItaBot.Cli;

/// <summary>Loads a measures file (samples/measures/README.md); running it again with the same file changes nothing.</summary>
public sealed class MeasuresImportVerb : ICliVerb
{
    public string Name => "measures import";
    public int PositionalWords => 1;
    public string Usage => "measures import <file> [--replace-results]   load a measures file (YAML or JSON) for its fiscal year";

    public async Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct)
    {
        if (args.Positional.Count != 1) throw new CliUsageException("give one measures file, e.g. samples/measures/nonghuarat-2568.yaml");
        var path = args.Positional[0];
        if (!File.Exists(path))
        {
            // `dotnet run --project src/ItaBot` runs in src/ItaBot, so a path relative to the repository is not found:
            // the full path shows where it was looked for.
            context.Error.WriteLine($"no such file: {Path.GetFullPath(path)}");
            return 1;
        }
        MeasuresFile file;
        try { file = MeasuresFileParser.Parse(await File.ReadAllTextAsync(path, ct), Path.GetFileName(path)); }
        catch (MeasuresFileException e)
        {
            context.Error.WriteLine("error: " + e.Message);
            return 1;
        }
        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var organisation = scope.ServiceProvider.GetRequiredService<IOptions<OrganisationOptions>>().Value;
        var report = await MeasuresImporter.ImportAsync(db, file, now, args.Flag("replace-results"), ct);
        if (file.Organisation.Name != organisation.Name)
            context.Output.WriteLine($"note: the file is for {file.Organisation.Name}; reports use Organisation:Name ({organisation.Name}).");
        Print(context.Output, report);
        return 0;
    }

    private static void Print(TextWriter output, ImportReport r)
    {
        output.WriteLine($"fiscal year {r.FiscalYear}");
        output.WriteLine($"measures: {r.MeasuresAdded} added, {r.MeasuresUpdated} updated, {r.MeasuresUnchanged} unchanged");
        output.WriteLine($"activities: {r.ActivitiesAdded} added, {r.ActivitiesUpdated} updated, {r.ActivitiesUnchanged} unchanged, {r.Removed.Count} removed");
        if (r.LinksAdded > 0) output.WriteLine($"evidence links added: {r.LinksAdded}");
        if (r.KeptChatUpdates.Count > 0)
            output.WriteLine($"kept results recorded in chat (use --replace-results to take the file's): {string.Join(", ", r.KeptChatUpdates)}");
        if (r.Removed.Count > 0) output.WriteLine($"removed (no longer in the file, nothing recorded): {string.Join(", ", r.Removed)}");
        if (r.KeptWithResults.Count > 0)
            output.WriteLine($"NOT removed although no longer in the file, because results are recorded: {string.Join(", ", r.KeptWithResults)}");
    }
}
