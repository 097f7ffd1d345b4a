using ItaBot.Reports;
using ItaBot.Reports.Data;
using ItaBot.Storage;

namespace ItaBot.Cli;

public sealed class ReportComplaintsVerb : ICliVerb
{
    public string Name => "report complaints";
    public string Usage => "report complaints [--fiscal-year 2568] [--half 1|2] --out <file>.docx|.xlsx|.csv   complaint and feedback statistics (counts only)";

    public async Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct)
    {
        var services = context.Services;
        var year = ReportArguments.FiscalYear(args, services.GetRequiredService<TimeProvider>());
        var half = args.Option("half") switch
        {
            null => (int?)null,
            "1" => 1,
            "2" => 2,
            var other => throw new CliUsageException($"--half must be 1 or 2, not '{other}'"),
        };
        var path = ReportArguments.Output(args, ".docx", ".xlsx", ".csv");
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var model = await scope.ServiceProvider.GetRequiredService<ComplaintStatisticsBuilder>().BuildAsync(db, year, half, ct);
        ComplaintStatisticsWriter.Write(model, path);
        context.Output.WriteLine(
            $"complaint statistics {year}{(half is null ? "" : " half " + half)}: {model.Complaints.Received} complaints, "
            + $"{model.Feedback.Sum(f => f.Received)} feedback -> {path}");
        return 0;
    }
}
