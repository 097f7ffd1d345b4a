using ItaBot.Calendar;
using ItaBot.Reports;
using ItaBot.Reports.Data;
using ItaBot.Storage;

namespace ItaBot.Cli;

public sealed class ReportComplaintsVerb : ICliVerb
{
    public string Name => "report complaints";
    public string Usage => "report complaints [--fiscal-year 2568] [--half 1|2] [--as-of 2568-09-30] --out <file>.docx|.xlsx|.csv   "
        + "complaint and feedback statistics (counts only), to the end of the period or of yesterday, or of the --as-of day";

    public async Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct)
    {
        var services = context.Services;
        var time = services.GetRequiredService<TimeProvider>();
        var year = ReportArguments.FiscalYear(args, time);
        var half = args.Option("half") switch
        {
            null => (int?)null,
            "1" => 1,
            "2" => 2,
            var other => throw new CliUsageException($"--half must be 1 or 2, not '{other}'"),
        };
        var cutoff = Cutoff(ReportPeriod.Of(year, half), BangkokTime.Today(time), ReportArguments.Day(args, "as-of"));
        var path = ReportArguments.Output(args, ".docx", ".xlsx", ".csv");
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var model = await scope.ServiceProvider.GetRequiredService<ComplaintStatisticsBuilder>().BuildAsync(db, cutoff, ct);
        ComplaintStatisticsWriter.Write(model, path);
        context.Output.WriteLine(
            $"complaint statistics {year}{(half is null ? "" : " half " + half)} counted to the end of {StatisticsCutoff.Iso(model.DataUntil)} "
            + $"(Bangkok): {model.Complaints.Received} complaints, {model.Feedback.Sum(f => f.Received)} feedback -> {path}");
        return 0;
    }

    private static StatisticsCutoff Cutoff(ReportPeriod period, DateOnly today, DateOnly? asOf)
    {
        if (asOf is not { } day) return StatisticsCutoff.Default(period, today);
        if (StatisticsCutoff.Refusal(period, today, day) is { } why) throw new CliUsageException("--as-of " + why);
        return StatisticsCutoff.AsOf(period, today, day);
    }
}
