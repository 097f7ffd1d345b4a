using ItaBot.Reports;
using ItaBot.Reports.Data;
using ItaBot.Storage;

namespace ItaBot.Cli;

public sealed class ReportMeasuresVerb : ICliVerb
{
    public string Name => "report measures";
    public string Usage => "report measures [--fiscal-year 2568] --out <file>.docx   the year's integrity measures report (ITA)";

    public async Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct)
    {
        var services = context.Services;
        var year = ReportArguments.FiscalYear(args, services.GetRequiredService<TimeProvider>());
        var path = ReportArguments.Output(args, ".docx");
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var model = await scope.ServiceProvider.GetRequiredService<MeasuresReportBuilder>().BuildAsync(db, year, ct);
        if (model.Measures.Count == 0)
        {
            context.Error.WriteLine($"no measures recorded for fiscal year {year}; import them first (measures import)");
            return 1;
        }
        await using (var file = File.Create(path))
            MeasuresReportWriter.Write(model, file);
        var photos = model.Measures.Sum(m => m.Photos.Count);
        context.Output.WriteLine($"measures report {year}: {model.Measures.Count} measures, {photos} photos -> {path}");
        return 0;
    }
}
